import { Random } from '../shared/random.ts';
import { artifactOf, type VapiStore } from './store.ts';
import type { EmulatedChat, EmulatedSession, Json } from './types.ts';

const TOPICS: ReadonlyArray<{ name: string; turns: ReadonlyArray<[string, string]> }> = [
  {
    name: 'Order status',
    turns: [
      ['Hi, where is my order #{n}?', 'Order #{n} left our warehouse yesterday and should arrive on Thursday.'],
      ['Can I change the delivery address?', 'Yes. I have sent a link to update the address to your email.'],
    ],
  },
  {
    name: 'Appointment booking',
    turns: [
      ['I need to book a cleaning next week.', 'I have Tuesday at 10:00 or Wednesday at 15:30. Which suits you?'],
      ['Wednesday works.', 'Booked: Wednesday at 15:30. You will get a reminder the day before.'],
    ],
  },
  {
    name: 'Billing question',
    turns: [
      ['Why was I charged twice this month?', 'I see two charges; one is a pending authorisation that will drop off.'],
      ['How long does that take?', 'Usually 3 to 5 business days, depending on your bank.'],
    ],
  },
  {
    name: 'Password reset',
    turns: [
      ['I cannot log in to my account.', 'I can help. Shall I send a password reset link to the email on file?'],
      ['Yes please.', 'Done. The link is valid for 30 minutes.'],
    ],
  },
  {
    name: 'Plan upgrade',
    turns: [
      ['What does the Pro plan add?', 'Pro adds priority support, SSO and 10x the monthly usage.'],
      ['Upgrade me from next month.', 'Scheduled: your plan changes to Pro on the 1st.'],
    ],
  },
];

const FIRST = ['Ada', 'Grace', 'Linus', 'Margaret', 'Alan', 'Barbara', 'Dennis', 'Frances', 'Ken', 'Radia'];
const LAST = [
  'Lovelace',
  'Hopper',
  'Torvalds',
  'Hamilton',
  'Turing',
  'Liskov',
  'Ritchie',
  'Allen',
  'Thompson',
  'Perlman',
];
const SYSTEM_PROMPT = 'You are Riley, a friendly support agent. Keep answers short.';

/** The seed of the data's random generator unless told otherwise. */
export const DEFAULT_RANDOM_SEED = 0x5e55_1011;

/**
 * Creates `count` realistic sessions with their chats, the same on every run for the same `count` and `now`:
 * the newest few are active, older ones completed (with an artifact); each has a customer, a phone number, an
 * assistant, OpenAI-style messages, model costs and one chat per conversation turn.
 */
export function seedSessions(
  store: VapiStore,
  count: number,
  now: Date,
  randomSeed = DEFAULT_RANDOM_SEED,
): EmulatedSession[] {
  const random = new Random(randomSeed);
  const assistants = [random.uuid(), random.uuid(), random.uuid()];
  const phoneNumbers = [random.uuid(), random.uuid()];
  const sessions: EmulatedSession[] = [];
  for (let index = 0; index < count; index += 1) {
    // 45 minutes apart, up to 20 minutes of jitter: strictly increasing, the newest about half an hour old.
    const time = now.getTime() - (count - index) * 45 * 60_000 + random.int(0, 20) * 60_000;
    const topic = random.pick(TOPICS);
    const first = random.pick(FIRST);
    const last = random.pick(LAST);
    const orderNumber = String(random.int(1000, 9999));
    const turns = topic.turns.slice(0, random.int(1, topic.turns.length));
    const createdAt = new Date(time);
    const session: EmulatedSession = {
      id: random.uuid(),
      orgId: store.orgId,
      createdAt: createdAt.toISOString(),
      updatedAt: createdAt.toISOString(),
      name: `${topic.name} – ${first}`.slice(0, 40),
      status: 'active',
      expirationSeconds: random.pick([3_600, 86_400, 86_400]),
      assistantId: random.pick(assistants),
      phoneNumberId: random.pick(phoneNumbers),
      customerId: random.uuid(),
      customer: {
        name: `${first} ${last}`,
        number: `+1415555${String(random.int(0, 9999)).padStart(4, '0')}`,
        email: `${first}.${last}@example.com`.toLowerCase(),
      },
      messages: [{ role: 'system', content: SYSTEM_PROMPT }],
      cost: 0,
      costs: [],
    };
    const chats: EmulatedChat[] = [];
    let turnTime = time;
    for (const [question, answer] of turns) {
      turnTime += random.int(5, 90) * 1_000;
      const input = question.replace('{n}', orderNumber);
      const reply = answer.replace('{n}', orderNumber);
      const promptTokens = 40 + 12 * session.messages.length;
      const completionTokens = Math.ceil(reply.length / 4);
      const cost = Math.round(promptTokens * 0.15 + completionTokens * 0.6) / 1_000_000;
      const modelCost: Json = {
        type: 'model',
        model: { provider: 'openai', model: 'gpt-4o-mini' },
        promptTokens,
        completionTokens,
        cost,
      };
      const stamp = new Date(turnTime).toISOString();
      chats.push({
        id: random.uuid(),
        orgId: store.orgId,
        sessionId: session.id,
        assistantId: session.assistantId,
        createdAt: stamp,
        updatedAt: stamp,
        input,
        messages: [...session.messages, { role: 'user', content: input }],
        output: [{ role: 'assistant', content: reply }],
        costs: [modelCost],
        cost,
      });
      session.messages = [...session.messages, { role: 'user', content: input }, { role: 'assistant', content: reply }];
      session.costs = [...session.costs, modelCost];
      session.cost = Math.round((session.cost + cost) * 1e6) / 1e6;
      session.updatedAt = stamp;
    }
    const isRecent = index >= count - 3;
    if (!isRecent && random.next() < 0.8) {
      session.status = 'completed';
      session.costs = [...session.costs, { type: 'session', cost: 0.001 }];
      session.cost = Math.round((session.cost + 0.001) * 1e6) / 1e6;
      session.artifact = artifactOf(session);
    }
    store.insertSession(session);
    for (const chat of chats) store.insertChat(chat);
    sessions.push(session);
  }
  return sessions;
}
