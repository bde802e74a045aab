/**
 * Interaction notes of the bank branch and the travel agency, replacing the distributor's where
 * the words would not fit the trade. `{product}` and `{score}` as in notes.ts. The words are
 * data, kept in trade-notes.json: per trade, per locale, per note topic.
 */

import type { DemoLocale } from './names';
import type { NoteTopic } from './notes';
import notes from './trade-notes.json';

export type Notes = Record<DemoLocale, Partial<Record<NoteTopic, readonly string[]>>>;

export const BANK_NOTES: Notes = notes.bank;
export const TRAVEL_NOTES: Notes = notes.travel;
