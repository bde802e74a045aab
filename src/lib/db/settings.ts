/** Settings: small key/value records (currency, analysis date, last backup, …). */

import { database } from './database';
import { exclusiveWrite } from './write-lock';

/** The stored value of a setting, or undefined. */
export async function readSetting<T>(key: string): Promise<T | undefined> {
	return (await database().settings.get(key))?.value as T | undefined;
}

/** Store a setting's value. */
export async function writeSetting(key: string, value: unknown): Promise<void> {
	await exclusiveWrite(() => database().settings.put({ key, value }));
}
