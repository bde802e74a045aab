import iconv from 'iconv-lite';

/** A small shop's till export in GBK: 40 customers, one to three orders each, in 2024. */
export function gbkShop() {
	const lines = ['客户编号,客户名称,下单日期,实付金额,城市'];
	let orders = 0;
	for (let c = 1; c <= 40; c++) {
		for (let k = 0; k < 1 + (c % 3); k++) {
			const month = String(1 + ((c + k * 4) % 12)).padStart(2, '0');
			const day = String(1 + ((c * 7 + k) % 28)).padStart(2, '0');
			lines.push(
				`S${String(c).padStart(3, '0')},顾客${c}号,2024-${month}-${day},${50 + c * 3 + k},杭州`
			);
			orders++;
		}
	}
	const buffer = iconv.encode(lines.join('\n') + '\n', 'gbk');
	return { file: { name: '门店导出.csv', mimeType: 'text/csv', buffer }, orders };
}
