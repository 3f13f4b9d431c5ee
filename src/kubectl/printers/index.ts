/**
 * kubectl's client-side printers. Server-side Tables come from src/sim; everything here turns
 * them (or objects) into the exact text kubectl 1.33 prints.
 */
export { printTables, WatchTablePrinter } from './table.js';
export type { TableBlock, TablePrintOptions } from './table.js';
export { TabWriter } from './tabwriter.js';
export { printYaml, listOf, yamlKeyLess } from './yaml.js';
export { printJson } from './json.js';
export type { JsonPrintOptions } from './json.js';
export { printName, kindPrefix } from './name.js';
export { printJsonPath, checkJsonPath, findJsonPathResults } from './jsonpath.js';
export type { JsonPathOptions, JsonPathResult } from './jsonpath.js';
export { parseCustomColumnsSpec, parseCustomColumnsFile, printCustomColumns, goValue } from './custom-columns.js';
export type { CustomColumn, ColumnsResult, CustomColumnsOutput } from './custom-columns.js';
export { sortTableRows, sortObjects, parseQuantity } from './sort.js';
export type { SortResult } from './sort.js';
export { relaxedJsonPath } from './relaxed-jsonpath.js';
export { printGoTemplate } from './go-template.js';
export type { GoTemplateResult } from './go-template.js';
export { humanDuration, shortHumanDuration } from '../util/duration.js';
