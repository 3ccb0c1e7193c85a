import type { ChangeEvent } from 'react';

/** Names of variables are capitals by convention; uppercases an input as typed without moving the caret. */
export function upperCased(event: ChangeEvent<HTMLInputElement>) {
  const input = event.currentTarget;
  const upper = input.value.toUpperCase();
  if (upper !== input.value && upper.length === input.value.length) {
    const { selectionStart, selectionEnd } = input;
    input.value = upper;
    input.setSelectionRange(selectionStart, selectionEnd);
  }
  return upper;
}
