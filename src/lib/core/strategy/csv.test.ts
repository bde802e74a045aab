import { describe, expect, it } from 'vitest';
import { checklistCsv, csvText } from './csv';

describe('CSV exports', () => {
	it('escapes formula-like text with a leading apostrophe and quotes where needed', () => {
		expect(csvText([['=SUM(A1)', '+1', '@x', 'a,b', 'say "hi"', 3, NaN, -2]])).toBe(
			`\uFEFF'=SUM(A1),'+1,'@x,"a,b","say ""hi""",3,,-2\r\n`
		);
	});

	it('writes one row per checklist item in the chosen language', () => {
		const csv = checklistCsv(
			[
				{
					scheme: 'RFM',
					segment: 'Champions',
					strategy: {
						owner: '=HYPERLINK("x")',
						items: [
							{ id: 'tpl:top-value:0', text: '指定专属联系人', done: true, dueDay: 20_000 },
							{ id: 'u', text: '-call', owner: 'Li', done: false }
						]
					}
				},
				{ scheme: 'RFM', segment: 'New', strategy: { items: [] } }
			],
			'en',
			{
				headers: ['Scheme', 'Segment', 'Owner', '#', 'Action', 'Owner', 'Due', 'State', 'Done on'],
				done: 'done',
				open: 'open'
			}
		);
		const lines = csv.slice(1).trimEnd().split('\r\n');
		expect(lines).toHaveLength(4);
		expect(lines[1]).toBe(
			`RFM,Champions,"'=HYPERLINK(""x"")",1,Assign a dedicated contact person,,2024-10-04,done,`
		);
		expect(lines[2]).toBe(`RFM,Champions,"'=HYPERLINK(""x"")",2,'-call,Li,,open,`);
		expect(lines[3]).toBe('RFM,New,,,,,,,');
	});
});
