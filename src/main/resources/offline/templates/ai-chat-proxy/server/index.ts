import { allowed } from './limits';

// The app's server: the only place the model's API key is read (the OPENAI_API_KEY secret,
// set in Faibric's project settings). The page sends the conversation; the server asks any
// OpenAI-compatible API and returns the reply.
interface Message {
  role: 'user' | 'assistant';
  content: string;
}

const baseUrl = () => (process.env.OPENAI_BASE_URL || 'https://api.openai.com/v1').replace(/\/+$/, '');
const model = () => process.env.OPENAI_MODEL || 'gpt-4o-mini';

const json = (body: unknown, status = 200) => Response.json(body, { status });

function conversation(value: unknown): Message[] | null {
  if (!Array.isArray(value) || value.length === 0 || value.length > 20) return null;
  const messages: Message[] = [];
  for (const item of value) {
    const role = (item as Message)?.role;
    const content = (item as Message)?.content;
    if ((role !== 'user' && role !== 'assistant') || typeof content !== 'string' || !content.trim() || content.length > 4000) {
      return null;
    }
    messages.push({ role, content });
  }
  return messages;
}

async function chat(request: Request): Promise<Response> {
  const key = process.env.OPENAI_API_KEY;
  if (!key) return json({ error: 'The owner has not set the OPENAI_API_KEY secret yet.' }, 503);
  const address = request.headers.get('x-forwarded-for') ?? 'unknown';
  if (!allowed(address)) return json({ error: 'That is 20 questions this minute; wait a little.' }, 429);
  let body: { messages?: unknown };
  try {
    body = (await request.json()) as { messages?: unknown };
  } catch {
    return json({ error: 'Send JSON like {"messages": [{"role": "user", "content": "Hi"}]}.' }, 400);
  }
  const messages = conversation(body.messages);
  if (!messages) return json({ error: 'Send 1 to 20 messages, each a user or assistant turn of at most 4000 characters.' }, 400);
  const upstream = await fetch(`${baseUrl()}/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      model: model(),
      messages: [{ role: 'system', content: 'You are a helpful, concise assistant.' }, ...messages],
    }),
    signal: AbortSignal.timeout(60_000),
  }).catch((error: unknown) => error as Error);
  if (upstream instanceof Error) return json({ error: `The model's API could not be reached: ${upstream.message}` }, 502);
  if (!upstream.ok) {
    return json({ error: `The model's API refused the question (${upstream.status}).` }, 502);
  }
  const answer = (await upstream.json()) as { choices?: { message?: { content?: string } }[] };
  const reply = answer.choices?.[0]?.message?.content;
  if (typeof reply !== 'string') return json({ error: "The model's API answered without a reply." }, 502);
  return json({ reply });
}

export default async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (pathname === '/api/status' && request.method === 'GET') {
    return json({ configured: Boolean(process.env.OPENAI_API_KEY), model: model() });
  }
  if (pathname === '/api/chat' && request.method === 'POST') return chat(request);
  return json({ error: `Nothing at ${request.method} ${pathname}.` }, 404);
}
