export { UTF8_BOM, formulaSafe, csvField, csvText, type CsvValue } from './csv-text';
