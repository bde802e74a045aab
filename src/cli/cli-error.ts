/** A failure the CLI reports on stderr with exit code 1 (or 2 for usage). */
export class CliError extends Error {
	constructor(
		message: string,
		readonly exitCode = 1
	) {
		super(message);
	}
}
