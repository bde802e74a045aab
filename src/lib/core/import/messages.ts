/**
 * Message texts for import problems, whole-file errors and field names, in English and Chinese.
 * Keys follow the app's i18n tables (`import.problem.<code>`, `import.error.<code>`,
 * `import.field.<field>`) so they can be merged into them; `{row}`, `{column}`, `{value}` and
 * `{detail}` are filled in by the caller.
 */

import type { FieldKey } from './fields';
import type { FileErrorCode, ProblemCode } from './problems';

type ProblemTexts = Record<ProblemCode, string>;
type ErrorTexts = Record<FileErrorCode, string>;
type FieldTexts = Record<FieldKey | 'custom' | 'ignore', string>;

const enProblems: ProblemTexts = {
	missingCustomerId: 'No customer ID: the row was skipped.',
	missingDate: 'No date: the row was skipped.',
	invalidDate: '“{value}” is not a date this import can read: the row was skipped.',
	dateOutOfRange: '“{value}” is outside the years 1900–2100: the row was skipped.',
	missingAmount: 'No amount (and no unit price): the row was skipped.',
	invalidNumber: '“{value}” is not a number: the row was skipped.',
	formulaNotEvaluated:
		'“{value}” looks like a spreadsheet formula; formulas are never calculated here: the row was skipped.',
	chineseUnit:
		'“{value}” uses a unit such as 万 or 亿; write the full number (the unit is not guessed): the row was skipped.',
	negativeAmount: 'Negative amount or quantity, and returns are switched off: the row was skipped.',
	duplicateOrderId:
		'Order ID “{value}” appeared before with different contents: this row was skipped, the first kept.',
	repeatedOrder: 'Order “{value}” is listed twice with the same contents: it was imported once.',
	orderCustomerConflict:
		'Order ID “{value}” belongs to another customer in an earlier row: the row was skipped.',
	duplicateCustomerId:
		'Customer ID “{value}” appeared before with different details: this row was skipped, the first kept.',
	repeatedCustomer: 'Customer “{value}” is listed twice with the same details: imported once.',
	invalidOptionalValue: '“{value}” could not be read in this column: the value was left empty.',
	columnCountMismatch:
		'The row has {value} cells, not as many as the header: check the delimiter or quotes.',
	encodingReplaced:
		'Some characters in this row could not be decoded (mixed encodings?): they were replaced by �.',
	unclosedQuote:
		'A quote in this line is never closed: “{value}” was skipped; the lines after it were read.'
};

const zhProblems: ProblemTexts = {
	missingCustomerId: '缺少客户编号：此行已跳过。',
	missingDate: '缺少日期：此行已跳过。',
	invalidDate: '“{value}”不是可识别的日期：此行已跳过。',
	dateOutOfRange: '“{value}”不在 1900–2100 年之间：此行已跳过。',
	missingAmount: '缺少金额（也没有单价）：此行已跳过。',
	invalidNumber: '“{value}”不是数字：此行已跳过。',
	formulaNotEvaluated: '“{value}”像是表格公式；这里从不计算公式：此行已跳过。',
	chineseUnit: '“{value}”带有“万”“亿”等单位；请写出完整数字（单位不做推测）：此行已跳过。',
	negativeAmount: '金额或数量为负，且未启用“负数即退货”：此行已跳过。',
	duplicateOrderId: '订单号“{value}”之前出现过且内容不同：此行已跳过，保留第一条。',
	repeatedOrder: '订单“{value}”重复出现且内容相同：只导入一次。',
	orderCustomerConflict: '订单号“{value}”在前面的行中属于另一位客户：此行已跳过。',
	duplicateCustomerId: '客户编号“{value}”之前出现过且信息不同：此行已跳过，保留第一条。',
	repeatedCustomer: '客户“{value}”重复出现且信息相同：只导入一次。',
	invalidOptionalValue: '此列中的“{value}”无法识别：该值留空。',
	columnCountMismatch: '此行有 {value} 个单元格，与表头列数不符：请检查分隔符或引号。',
	encodingReplaced: '此行有字符无法解码（编码混用？）：已替换为 �。',
	unclosedQuote: '这一行的引号没有闭合：“{value}”已跳过，后面的行照常读取。'
};

const enErrors: ErrorTexts = {
	emptyFile: 'The file is empty.',
	noRows: 'The file has a header row but no data rows.',
	binaryFile: 'This is not a text table ({detail}). Choose a CSV or Excel (.xlsx) file.',
	legacyExcel: 'Old Excel files (.xls) cannot be read. In Excel, save it as .xlsx or CSV first.',
	unsupportedSpreadsheet:
		'This spreadsheet format ({detail}) is not supported. Save it as .xlsx or CSV.',
	xlsxUnreadable:
		'The Excel file could not be read ({detail}). Is it damaged or password-protected?',
	sheetNotFound: 'The workbook has no sheet “{detail}”.',
	singleColumn:
		'Only one column was found: the file may use a delimiter other than comma, semicolon, tab, | or spaces. Choose the delimiter.',
	noCustomerIdColumn:
		'No column is mapped to the customer ID. Choose which column identifies the customer.',
	noDateColumn: 'This looks like an orders file, but no column is mapped to the date.',
	noAmountColumn:
		'This looks like an orders file, but no column is mapped to the amount or the unit price.',
	noValidDates:
		'None of the dates could be read ({detail}). Check the date column and the date format.',
	nothingToImport: 'No row could be imported ({detail}). See the report for the reasons.',
	lineTooLong: 'Row {row} is extremely long: this does not look like a table. Check the delimiter.',
	unclosedQuoteFile: 'A quote opened near row {row} is never closed. Check the quote character.',
	fileTooLarge:
		'The file is too large for this browser to import ({detail}). Split it into smaller files.',
	readFailed: 'The file could not be read ({detail}). Was it moved or changed during the import?',
	cancelled: 'The import was cancelled. Nothing was saved.',
	internal: 'The import failed unexpectedly ({detail}). Nothing was saved.'
};

const zhErrors: ErrorTexts = {
	emptyFile: '文件是空的。',
	noRows: '文件只有表头，没有数据行。',
	binaryFile: '这不是文本表格（{detail}）。请选择 CSV 或 Excel（.xlsx）文件。',
	legacyExcel: '无法读取旧版 Excel 文件（.xls）。请先在 Excel 中另存为 .xlsx 或 CSV。',
	unsupportedSpreadsheet: '不支持这种表格格式（{detail}）。请另存为 .xlsx 或 CSV。',
	xlsxUnreadable: '无法读取此 Excel 文件（{detail}）。文件是否已损坏或设有密码？',
	sheetNotFound: '工作簿中没有名为“{detail}”的工作表。',
	singleColumn:
		'只找到一列：文件可能使用了逗号、分号、制表符、| 或空格以外的分隔符。请选择分隔符。',
	noCustomerIdColumn: '没有列对应客户编号。请选择用来识别客户的列。',
	noDateColumn: '这像是订单文件，但没有列对应日期。',
	noAmountColumn: '这像是订单文件，但没有列对应金额或单价。',
	noValidDates: '所有日期都无法识别（{detail}）。请检查日期列和日期格式。',
	nothingToImport: '没有任何行可以导入（{detail}）。原因见校验报告。',
	lineTooLong: '第 {row} 行极长，看起来不像表格。请检查分隔符。',
	unclosedQuoteFile: '第 {row} 行附近的引号没有闭合。请检查引号字符。',
	fileTooLarge: '文件太大，此浏览器无法导入（{detail}）。请拆分成较小的文件。',
	readFailed: '无法读取文件（{detail}）。导入过程中文件是否被移动或修改？',
	cancelled: '导入已取消，未保存任何内容。',
	internal: '导入意外失败（{detail}），未保存任何内容。'
};

const enFields: FieldTexts = {
	customerId: 'Customer ID',
	customerName: 'Customer name',
	orderId: 'Order ID',
	date: 'Date',
	amount: 'Amount',
	quantity: 'Quantity',
	unitPrice: 'Unit price',
	cost: 'Cost',
	product: 'Product',
	status: 'Status',
	phone: 'Phone',
	email: 'Email',
	region: 'Region',
	city: 'City',
	industry: 'Industry',
	channel: 'Channel',
	gender: 'Gender',
	age: 'Age',
	birthYear: 'Birth year',
	ageBand: 'Age band',
	incomeBand: 'Income band',
	owner: 'Owner (salesperson)',
	createdDate: 'Customer since',
	creditLimit: 'Credit limit',
	balanceOwed: 'Balance owed',
	overdueDays: 'Days overdue',
	overdueCount: 'Times overdue',
	riskGrade: 'Risk grade',
	satisfaction: 'Satisfaction',
	custom: 'Keep as custom field',
	ignore: 'Do not import'
};

const zhFields: FieldTexts = {
	customerId: '客户编号',
	customerName: '客户名称',
	orderId: '订单号',
	date: '日期',
	amount: '金额',
	quantity: '数量',
	unitPrice: '单价',
	cost: '成本',
	product: '商品',
	status: '状态',
	phone: '电话',
	email: '邮箱',
	region: '地区',
	city: '城市',
	industry: '行业',
	channel: '渠道',
	gender: '性别',
	age: '年龄',
	birthYear: '出生年份',
	ageBand: '年龄段',
	incomeBand: '收入段',
	owner: '负责人（销售）',
	createdDate: '成为客户日期',
	creditLimit: '信用额度',
	balanceOwed: '欠款',
	overdueDays: '逾期天数',
	overdueCount: '逾期次数',
	riskGrade: '风险等级',
	satisfaction: '满意度',
	custom: '保留为自定义字段',
	ignore: '不导入'
};

function keyed(prefix: string, texts: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(texts).map(([key, text]) => [`${prefix}.${key}`, text]));
}

/** All import texts by locale, keyed like the app's message tables. */
export const IMPORT_MESSAGES: Record<'en' | 'zh', Record<string, string>> = {
	en: {
		...keyed('import.problem', enProblems),
		...keyed('import.error', enErrors),
		...keyed('import.field', enFields)
	},
	zh: {
		...keyed('import.problem', zhProblems),
		...keyed('import.error', zhErrors),
		...keyed('import.field', zhFields)
	}
};

/** The message key of a row problem. */
export function problemKey(code: ProblemCode): string {
	return `import.problem.${code}`;
}

/** The message key of a whole-file error. */
export function errorKey(code: FileErrorCode): string {
	return `import.error.${code}`;
}

/** A message with `{name}` placeholders filled in (for the CLI, tests and CSV reports). */
export function importMessage(
	locale: 'en' | 'zh',
	key: string,
	params: Record<string, string | number> = {}
): string {
	const template = IMPORT_MESSAGES[locale][key] ?? key;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}
