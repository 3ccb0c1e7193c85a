export interface Message {
  role: 'user' | 'assistant';
  content: string;
}

export interface Status {
  configured: boolean;
  model: string;
}

async function answer<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => ({}))) as T & { error?: string };
  if (!response.ok) throw new Error(body.error ?? `The assistant could not answer (${response.status}).`);
  return body;
}

/** Whether the owner has set the key, and which model answers. */
export const status = () => fetch('/api/status').then((r) => answer<Status>(r));

/** Sends the conversation to the app's server, which asks the model and returns its reply. */
export async function ask(messages: Message[]): Promise<string> {
  const response = await fetch('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messages }),
  });
  return (await answer<{ reply: string }>(response)).reply;
}
