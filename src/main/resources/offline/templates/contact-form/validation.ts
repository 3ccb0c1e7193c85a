export interface ContactValues {
  name: string;
  email: string;
  phone: string;
  topic: string;
  reply: 'email' | 'phone';
  message: string;
  consent: boolean;
}

export type FieldName = keyof ContactValues;
export type ContactErrors = Partial<Record<FieldName, string>>;

export const EMPTY_VALUES: ContactValues = { name: '', email: '', phone: '', topic: '', reply: 'email', message: '', consent: false };

export const TOPICS = ['General question', 'Booking or appointment', 'Order or delivery', 'Feedback', 'Partnership or press', 'Something else'];

export const MESSAGE_MIN = 20;
export const MESSAGE_MAX = 1000;

export const FIELD_LABELS: Record<FieldName, string> = {
  name: 'Full name',
  email: 'Email address',
  phone: 'Phone number',
  topic: 'Topic',
  reply: 'How should we reply?',
  message: 'Message',
  consent: 'Consent',
};

export function validateField(field: FieldName, values: ContactValues): string | undefined {
  switch (field) {
    case 'name': {
      const v = values.name.trim();
      if (!v) return 'Enter your name.';
      if (v.length < 2) return 'Your name should be at least 2 characters.';
      if (v.length > 80) return 'Keep your name under 80 characters.';
      return undefined;
    }
    case 'email': {
      const v = values.email.trim();
      if (!v) return 'Enter your email address.';
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(v)) return 'Enter an email address in the format name@example.com.';
      return undefined;
    }
    case 'phone': {
      const v = values.phone.trim();
      if (!v) return values.reply === 'phone' ? 'Enter a phone number so we can call you back.' : undefined;
      const digits = v.replace(/\D/g, '');
      if (!/^[+\d][\d\s().-]*$/.test(v) || digits.length < 7 || digits.length > 15) return 'Enter a phone number with 7 to 15 digits, for example +1 555 014 2290.';
      return undefined;
    }
    case 'topic':
      return values.topic ? undefined : 'Choose a topic.';
    case 'reply':
      return undefined;
    case 'message': {
      const n = values.message.trim().length;
      if (n === 0) return 'Enter your message.';
      if (n < MESSAGE_MIN) return `Your message needs at least ${MESSAGE_MIN} characters (${n} so far).`;
      if (n > MESSAGE_MAX) return `Your message is ${n - MESSAGE_MAX} characters too long.`;
      return undefined;
    }
    case 'consent':
      return values.consent ? undefined : 'Tick the box so we may use your details to reply.';
  }
}

export const FIELD_ORDER: FieldName[] = ['name', 'email', 'phone', 'topic', 'reply', 'message', 'consent'];

export function validateAll(values: ContactValues): ContactErrors {
  const errors: ContactErrors = {};
  for (const field of FIELD_ORDER) {
    const error = validateField(field, values);
    if (error) errors[field] = error;
  }
  return errors;
}
