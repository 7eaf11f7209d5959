/**
 * getDisplayValues(): what the cell shows. Dates default to the Swedish
 * locale's yyyy-MM-dd; a number format set by the script is honoured for the
 * common patterns (dates, fixed decimals, percent, plain text).
 */
import { formatDate } from '../time/format';
import { DateCell, FormulaCell, type DateCellReader, type Stored } from './cells';

/** Sheets' date/time format letters to Java's (mm after h or before s are minutes). */
function javaPattern(sheetsPattern: string): string {
  return sheetsPattern
    .replace(/mmmm/g, 'MMMM')
    .replace(/mmm/g, 'MMM')
    .replace(/(h+[^a-z]*)mm/gi, '$1%%')
    .replace(/mm([^a-z]*s)/gi, '%%$1')
    .replace(/mm/g, 'MM')
    .replace(/m/g, 'M')
    .replace(/%%/g, 'mm')
    .replace(/hh/g, 'HH')
    .replace(/h/g, 'H')
    .replace(/dddd/g, 'EEEE')
    .replace(/ddd/g, 'EEE')
    .replace(/am\/pm/gi, 'a');
}

const DATE_LETTERS = /[ydhs]|mm/i;

function formatNumber(value: number, format: string | undefined): string {
  if (!format || format === 'General' || format === '@') {
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
  }
  const percent = format.endsWith('%');
  const body = percent ? format.slice(0, -1) : format;
  const decimals = (body.split('.')[1] ?? '').replace(/[^0#]/g, '').length;
  const scaled = percent ? value * 100 : value;
  let text = scaled.toFixed(decimals);
  if (body.includes(',')) {
    const [whole, fraction] = text.split('.');
    text = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction !== undefined ? `.${fraction}` : '');
  }
  return percent ? `${text}%` : text;
}

export function displayValue(cell: Stored | undefined, numberFormat: string | undefined, dates: DateCellReader): string {
  if (cell === undefined || cell === '') return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (cell instanceof FormulaCell) return displayValue(cell.computed, numberFormat, dates);
  if (cell instanceof DateCell) {
    const pattern = numberFormat && DATE_LETTERS.test(numberFormat) ? javaPattern(numberFormat) : cell.hasTime && cell.serial % 1 !== 0 ? 'yyyy-MM-dd HH:mm:ss' : 'yyyy-MM-dd';
    return formatDate(dates.toDate(cell), dates.timeZone, pattern);
  }
  if (numberFormat && DATE_LETTERS.test(numberFormat) && !/^[#0.,%]+$/.test(numberFormat)) {
    return displayValue(new DateCell(cell, true), numberFormat, dates);
  }
  return formatNumber(cell, numberFormat);
}
