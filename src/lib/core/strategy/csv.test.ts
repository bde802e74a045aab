import { describe, expect, it } from 'vitest';
import { checklistCsv } from './csv';

describe('CSV exports', () => {
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
		expect(csv.split('\uFEFF')).toEqual(['', expect.any(String)]);
		const lines = csv.slice(1).trimEnd().split('\r\n');
		expect(lines).toHaveLength(4);
		expect(lines[1]).toBe(
			`RFM,Champions,"'=HYPERLINK(""x"")",1,Assign a dedicated contact person,,2024-10-04,done,`
		);
		expect(lines[2]).toBe(`RFM,Champions,"'=HYPERLINK(""x"")",2,'-call,Li,,open,`);
		expect(lines[3]).toBe('RFM,New,,,,,,,');
	});
});
