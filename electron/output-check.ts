import { z } from 'zod';

// The cockpit answers thousands of kept rows, and checking each of them against the
// contract on every read cost more than making the answer. A row a handler keeps between
// reads is frozen and is the same object next time: it passed once, so its checked copy is
// given again. Everything else (a fresh object, a list with its own length limits) is
// checked in full, as before.
const passed = new WeakMap<z.ZodType, WeakMap<object, unknown>>();

function passedOf(element: z.ZodType): WeakMap<object, unknown> {
  let seen = passed.get(element);
  if (!seen) {
    seen = new WeakMap();
    passed.set(element, seen);
  }
  return seen;
}

/** The handler's answer checked against the method's output schema (throws when it fails). */
export function checkOutput(schema: z.ZodType, value: unknown): unknown {
  const limited = schema instanceof z.ZodArray && (schema._zod.def.checks?.length ?? 0) > 0;
  if (!(schema instanceof z.ZodArray) || limited || !Array.isArray(value)) {
    return schema.parse(value);
  }
  const element = schema.element as z.ZodType;
  const seen = passedOf(element);
  return value.map((item: unknown) => {
    if (typeof item !== 'object' || item === null || !Object.isFrozen(item)) {
      return element.parse(item);
    }
    if (seen.has(item)) return seen.get(item);
    const checked = Object.freeze(element.parse(item));
    seen.set(item, checked);
    return checked;
  });
}
