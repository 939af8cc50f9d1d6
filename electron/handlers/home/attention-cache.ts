import { todayInBerlin } from '../../../core/rules/calendar';
import type { Workspace } from '../../../db/connection';
import {
  changeMark,
  clientsAuditedSince,
  type ChangeMark,
} from '../../../db/repos/change-marks.repo';
import { breachAttention } from '../breaches/attention';
import type { HandlerContext } from '../context';
import { attentionProviders, compareAttention, type ClientAttentionItem } from './attention';

// The cockpit and the client list read every item of every client; at a large practice that
// is thousands of rows through the rules of five modules. What they need is kept here per
// client and brought up to date on the next read after a write: each write leaves an audit
// entry naming its client (an unaudited write is rolled back), so only the clients written
// since are asked again. The breach clocks count hours, not days: they are asked each time.

const dayProviders = attentionProviders.filter((provider) => provider !== breachAttention);

interface Kept {
  today: string;
  mark: ChangeMark;
  /** Per client its items without the breach clocks, in the home screen's order. */
  byClient: Map<number, ClientAttentionItem[]>;
  /** Answers worked out from the items or the file, kept until the next change. */
  derived: Map<string, unknown>;
}

const kept = new WeakMap<Workspace, Kept>();

async function ask(ctx: HandlerContext, clientId?: number): Promise<ClientAttentionItem[]> {
  const scope = clientId === undefined ? {} : { clientId };
  return (await Promise.all(dayProviders.map((provider) => provider(ctx, scope)))).flat();
}

function byClientSorted(items: ClientAttentionItem[]): Map<number, ClientAttentionItem[]> {
  const byClient = new Map<number, ClientAttentionItem[]>();
  for (const item of items) {
    const list = byClient.get(item.clientId);
    if (list) list.push(item);
    else byClient.set(item.clientId, [item]);
  }
  for (const list of byClient.values()) list.sort(compareAttention);
  return byClient;
}

/** The kept items, after asking again for what may have changed since they were kept. */
async function dayItems(ctx: HandlerContext): Promise<Kept> {
  const workspace = ctx.workspace();
  const db = workspace.db;
  const today = todayInBerlin(ctx.now());
  // Read before the items: a write that lands meanwhile is then asked again next time.
  const mark = await changeMark(db);
  const before = kept.get(workspace);
  if (before && before.today === today && before.mark.dataVersion === mark.dataVersion) {
    if (before.mark.changes === mark.changes) return before;
    const written =
      mark.auditId > before.mark.auditId
        ? await clientsAuditedSince(db, before.mark.auditId)
        : null;
    if (written) {
      const byClient = new Map(before.byClient);
      for (const clientId of written) {
        const items = (await ask(ctx, clientId)).sort(compareAttention);
        if (items.length > 0) byClient.set(clientId, items);
        else byClient.delete(clientId);
      }
      return keep(workspace, { today, mark, byClient, derived: new Map() });
    }
  }
  // First read, a new day, a write from outside or one that names no client: ask everything.
  const byClient = byClientSorted(await ask(ctx));
  return keep(workspace, { today, mark, byClient, derived: new Map() });
}

function keep(workspace: Workspace, state: Kept): Kept {
  kept.set(workspace, state);
  return state;
}

export interface ClientAttention {
  /** Per client its items without the breach clocks, in the home screen's order. */
  days: Map<number, ClientAttentionItem[]>;
  /** Per client its running or passed breach clocks, asked now. */
  clocks: Map<number, ClientAttentionItem[]>;
  /**
   * A value worked out from the day items or the file (not from the clocks), kept until the
   * next change: `compute` runs again only after a write, a write from outside or a new day.
   */
  derived<T>(key: string, compute: () => Promise<T> | T): Promise<T>;
}

/** Every client's attention, the day items kept and the clocks asked now. */
export async function clientAttention(ctx: HandlerContext): Promise<ClientAttention> {
  const [state, clocks] = await Promise.all([dayItems(ctx), breachAttention(ctx, {})]);
  return {
    days: state.byClient,
    clocks: byClientSorted(clocks),
    async derived<T>(key: string, compute: () => Promise<T> | T): Promise<T> {
      if (state.derived.has(key)) return state.derived.get(key) as T;
      const value = await compute();
      state.derived.set(key, value);
      return value;
    },
  };
}

/** A client's items in the home screen's order, its breach clocks among them. */
export function itemsOf(attention: ClientAttention, clientId: number): ClientAttentionItem[] {
  const days = attention.days.get(clientId) ?? [];
  const clocks = attention.clocks.get(clientId);
  return clocks ? [...days, ...clocks].sort(compareAttention) : days;
}
