/*
 * Chronoline's web page viewer: one timeline, published as a single offline HTML file. The Java side
 * puts the timeline's data in the page as JSON (#chronoline-data); this script draws it on a canvas and
 * builds the details, the search, the filter, the list of events and the presentation around it.
 *
 * The timeline follows the desktop app's rules, ported from org.chronoline.view (TickUnit, AxisPlan,
 * TimeScale, EventIndex, TimelineLayouter, TimelinePainter, OverviewStrip) and org.chronoline.model
 * (CivilCalendar, DateText, DisplayText, find.*), so that a page and the app draw the same timeline.
 * The pure parts are on window.ChronolineViewer for tests that compare them with the Java code.
 *
 * Text from the file is a stranger's: it only ever reaches the page through textContent.
 */
(() => {
'use strict';

const data = JSON.parse(document.getElementById('chronoline-data').textContent);
const $ = id => document.getElementById(id);
const plurals = new Intl.PluralRules(data.lang);

// ---- Text ----

/** Messages.FORMATTED: a sentence written in ICU's MessageFormat (it counts, or chooses), which formats its numbers. */
const FORMATTED = /\{\d+\s*,\s*(plural|select|selectordinal|number)\b/;

/**
 * A sentence of the interface by key, as Java's Messages makes it: its {0}, {1}, ... replaced literally; in a sentence
 * written in ICU's MessageFormat, a number grouped as ICU groups it ("52,500 points").
 */
function msg(key, ...args) {
  let pattern = data.messages[key] ?? key;
  const icu = FORMATTED.test(pattern);
  // A value that ends with a full stop ("19 ноября 1990 г.") ends the sentence too: no "г.." (Messages.oneFullStop).
  args.forEach((value, i) => {
    if (typeof value === 'string' && value.endsWith('.')) {
      pattern = pattern.replace(new RegExp('\\{' + i + '\\}\\.(?!\\.)', 'g'), '{' + i + '}');
    }
  });
  return choices(pattern, args).replace(/\{(\d{1,2})\}/g, (all, i) => (i >= args.length ? all
    : icu && typeof args[i] === 'number' ? argumentNumbers.format(args[i]) : String(args[i])));
}

/** Whether the messages have a sentence for this key. */
// (Object.hasOwn: Safari 15.4 and later)
const hasMsg = key => Object.prototype.hasOwnProperty.call(data.messages, key);

/**
 * The ICU choices of a message, as the Java side's MessageFormat makes them: {0, plural, one {# year}
 * other {# years}} by the page language's plural rules (Intl.PluralRules, with =N for exact
 * numbers), and {1, select, day {...} other {...}}. Choices may hold placeholders, not other choices.
 */
function choices(pattern, args) {
  const start = /\{(\d{1,2}), (plural|select), /g;
  let out = '';
  let from = 0;
  let m;
  while ((m = start.exec(pattern)) !== null) {
    const options = {};
    let i = m.index + m[0].length;
    while (pattern[i] !== '}') {
      const name = /^\s*(=?[\w-]+)\s*\{/.exec(pattern.slice(i));
      if (!name) {
        // not a pattern this reads: shown as written
        return pattern;
      }
      let depth = 1;
      let j = i + name[0].length;
      const bodyStart = j;
      while (depth > 0 && j < pattern.length) {
        depth += pattern[j] === '{' ? 1 : pattern[j] === '}' ? -1 : 0;
        j++;
      }
      options[name[1]] = pattern.slice(bodyStart, j - 1);
      i = j;
      while (pattern[i] === ' ') {
        i++;
      }
    }
    const value = args[Number(m[1])];
    let chosen;
    if (m[2] === 'plural') {
      chosen = options['=' + value] ?? options[plurals.select(Number(value))] ?? options.other;
      // Grouped as ICU's # is ("100,000 events"); a number already written out is shown as it is.
      chosen = (chosen ?? '').replace(/#/g, typeof value === 'number' ? grouped(value) : String(value));
    } else {
      chosen = options[String(value)] ?? options.other ?? '';
    }
    out += pattern.slice(from, m.index) + chosen;
    from = i + 1;
    start.lastIndex = from;
  }
  return out + pattern.slice(from);
}

/**
 * Text from the file made safe to show (DisplayText): direction overrides and isolates dropped, other
 * control characters shown as U+FFFD, line breaks kept for a paragraph and made spaces for a line.
 */
function clean(text, keepLines) {
  if (text == null) {
    return '';
  }
  if (!/[\x00-\x1F\x7F-\x9F\u2028\u2029\u202A-\u202E\u2066-\u2069]/.test(text)) {
    // the usual case: nothing to change
    return composed(String(text));
  }
  return composed(String(text)
    .replace(/\r\n?|[\n\u2028\u2029]/g, keepLines ? '\n' : ' ')
    .replace(/\t/g, ' ')
    .replace(/[\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/[\x00-\x09\x0B-\x1F\x7F-\x9F]/g, '\uFFFD'));
}

/** Accents typed apart joined to their letters (NFC) where a mark, a Hangul vowel or a character beyond the BMP may join, as DisplayText.composed. */
const composed = text => (/[\p{Mn}\p{Mc}\p{Me}\u1160-\u11FF]/u.test(text) || /[\uD800-\uDFFF]/.test(text) ? text.normalize('NFC') : text);
/**
 * A line, as DisplayText.line: also without the characters that only mark where a line may break
 * (zero width space, word joiner, byte order mark, soft hyphen, Mongolian vowel separator), and with
 * a run of combining marks cut to four (dozens stacked on one letter ran down over the lanes below).
 */
const line = text => clean(text, false)
  .replace(/[\u200B\u2060\uFEFF\u00AD\u180E]/g, '')
  .replace(/[\p{Mn}\p{Me}]{5,}/gu, run => Array.from(run).slice(0, 4).join(''));
const block = text => clean(text, true);
/**
 * Names as one line, as DisplayText.names: each a line, joined by the comma of the script of the names' first letter
 * (Arabic's "، ", any other's ", ").
 */
const names = list => {
  const shown = list.map(line);
  const letter = shown.join('').match(/\p{L}/u);
  return shown.join(letter && /\p{Script=Arabic}/u.test(letter[0]) ? '\u060C ' : ', ');
};

/**
 * A whole number with the page language's grouping ("12,000", "12.000", "12 000"), as the window's NumberFormat writes it:
 * from four digits in every language, Polish too ("1 000"), where the browser's own rule waits for five.
 */
const numbers = new Intl.NumberFormat(data.lang, {maximumFractionDigits: 0, useGrouping: 'always'});
/** A number given to a message in ICU's MessageFormat, as it writes {0}: grouped ("52,500"), up to three decimals. */
const argumentNumbers = new Intl.NumberFormat(data.lang, {maximumFractionDigits: 3, useGrouping: 'always'});
const grouped = n => numbers.format(n);
/** Years read better without a separator up to four digits ("1990"), larger ones need it ("12,000"). */
const yearNumber = n => (n < 10000 ? String(n) : grouped(n));
const twoDigits = n => (n < 10 ? '0' : '') + n;

/** DateText.year: "1990", "480 BCE"; astronomical year 0 is 1 BCE. */
function yearText(year) {
  return year <= 0 ? msg('web.date.bce', yearNumber(1 - year)) : yearNumber(year);
}

// ---- The calendar (CivilCalendar, HistoricalDate) ----

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86400;
const AVERAGE_YEAR = 365.2425 * DAY;
const MIN_YEAR = -999999999;
const MAX_YEAR = 999999999;

const isLeapYear = y => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

function lengthOfMonth(year, month) {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01 of a civil date, by Howard Hinnant's 400-year-cycle algorithm. */
function epochDay(year, month, day) {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The civil date of a day counted from 1970-01-01, as [year, month, day]. */
function civilFromEpochDay(epochDayNumber) {
  const z = epochDayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524)
    - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

const epochSecond = (year, month, day) => epochDay(year, month, day) * DAY;
const yearOf = second => civilFromEpochDay(Math.floor(second / DAY))[0];

/** The fields of the instant (HistoricalDate.containing), or null outside the supported years. */
function dateAt(second) {
  const s = Math.floor(second);
  const day = Math.floor(s / DAY);
  const secondOfDay = s - day * DAY;
  const [year, month, dayOfMonth] = civilFromEpochDay(day);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return null;
  }
  return {year, month, day: dayOfMonth, hour: Math.floor(secondOfDay / HOUR), minute: Math.floor(secondOfDay / MINUTE) % 60};
}

/**
 * DateText.format of the instant at a precision: "1990", "July 2007", "19 November 1990", in the
 * page's language by the same messages ("19. November 1990", "19 ноября 1990 г.").
 */
/** DateText.yearInDate: the year as it stands after a month ("1990", Russian "1990 г.", "480 г. до н. э."). */
const yearInDate = year => (year <= 0 ? msg('date.bceInDate', yearNumber(1 - year)) : msg('date.yearInDate', yearNumber(year)));

/**
 * DateText.unbroken: a date as read on screen, a day kept on the line of its month ("13. Dezember") and a year on the
 * line of the words that mark it ("2023 г.", "480 av. J.-C.").
 */
function unbrokenDate(date) {
  let kept = date.replace(/(^|[^\p{L}\p{N}])(\p{N}{1,2}\.?) (?=\p{L})/gu, '$1$2\u00a0');
  for (const key of ['date.bceInDate', 'web.date.bce', 'date.yearInDate']) {
    const marked = msg(key, '\u0001');
    const mark = marked.slice(marked.indexOf('\u0001') + 1);
    if (mark.startsWith(' ')) {
      kept = kept.replace(new RegExp('(\\p{N})' + mark.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gu'), '$1' + mark.replaceAll(' ', '\u00a0'));
    }
  }
  return kept;
}

function dateText(second, field) {
  const d = dateAt(second);
  if (!d) {
    return '';
  }
  if (field === 'YEAR') {
    return yearText(d.year);
  }
  const year = yearInDate(d.year);
  return field === 'MONTH' ? msg('date.monthYear', data.monthNames[d.month - 1], year)
    : msg('date.dayMonthYear', d.day, msg('month.of.' + d.month), year);
}

/**
 * DateInput.parse, without a time of day: a typed year ("1990", "480 BCE"), month ("July 2007",
 * "2007-07") or day ("12 October 2007", "October 12, 2007", "2007-10-12") in any of the page's
 * languages, as {from, to, field} (seconds, and 'YEAR', 'MONTH' or 'DAY'); null when it is not one.
 */
function parseTypedDate(input) {
  const text = input.trim().replace(/\s+/g, ' ');
  const number = digits => (digits === undefined ? undefined : Number(digits));
  if (/^[+-]?\d{4,}-/.test(text)) {
    // IsoDates: four to nine digits, a sign before more than four, no "-0000"; a time of day is not taken here.
    const iso = /^([+-]?)(\d{4,9})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
    if (!iso || (iso[1] === '' && iso[2].length > 4) || (iso[1] === '-' && Number(iso[2]) === 0)) {
      return null;
    }
    return typedDate(Number(iso[2]) * (iso[1] === '-' ? -1 : 1), number(iso[3]), number(iso[4]));
  }
  let lower = text.toLowerCase();
  let bce = null;
  for (const [word, before] of Object.entries(data.dateWords.eras)) {
    const cut = cutSuffix(lower, word);
    if (cut >= 0) {
      lower = lower.slice(0, cut).trim();
      bce = before;
      break;
    }
  }
  for (const word of data.dateWords.yearWords) {
    const cut = cutSuffix(lower, word);
    if (cut >= 0) {
      lower = lower.slice(0, cut).trim();
      break;
    }
  }
  lower = lower.replace(/(^|[\s,])(\d{1,2})(?:st|nd|rd|th|er)(?=[\s,.]+\S)/g, '$1$2'); // "19th November", "1er juillet"
  const digits = "(\\d{1,3}(?:[,.\\u00a0\\u202f ']\\d{3})+|\\d{1,9})";
  const year = value => {
    const n = Number(value.replace(/[,.\u00a0\u202f ']/g, ''));
    return bce ? (n < 1 ? NaN : 1 - n) : n;
  };
  let m = new RegExp('^([+-]?' + digits + ')$', 'u').exec(lower);
  if (m && bce === null && /^-(?:\d{1,3}|\d{1,3}(?:[,.\u00a0\u202f ']\d{3})+)$/.test(m[1])) {
    // DateInput.isPeoplesBceYear: "-480" and "-1,000" are 480 and 1000 BCE, as people and TimelineJS write them;
    // ISO's four ungrouped digits count a year 0.
    bce = true;
    return typedDate(year(m[1].slice(1)));
  }
  if (m) {
    return typedDate(year(m[1]));
  }
  // DateInput.namesAYear: after a month alone, three digits or more, or an era; "October 12" is no date.
  const namesAYear = value => bce !== null || value.replace(/\D/g, '').length >= 3;
  m = new RegExp('^(\\p{L}+)\\.?\\s+(\\d{1,2}),?\\s+' + digits + '$', 'u').exec(lower);
  if (m && monthNumber(m[1]) > 0) {
    return typedDate(year(m[3]), monthNumber(m[1]), Number(m[2]));
  }
  m = new RegExp('^(?:(\\d{1,2})\\.?\\s+)?(\\p{L}+)\\.?,?\\s+' + digits + '$', 'u').exec(lower);
  if (m && monthNumber(m[2]) > 0 && (m[1] !== undefined || namesAYear(m[3]))) {
    return typedDate(year(m[3]), monthNumber(m[2]), number(m[1]));
  }
  m = /^(\d{1,2})([./]) ?(\d{1,2})\2 ?(\d{3,9})$/.exec(lower);
  if (m) {
    // Dots are day first everywhere, and so is 19/11; 11/19 is month first; 5/6 could be either and is no date.
    const [first, second] = [Number(m[1]), Number(m[3])];
    return m[2] === '.' || first > 12 || first === second ? typedDate(year(m[4]), second, first)
      : second > 12 ? typedDate(year(m[4]), first, second) : null;
  }
  m = /^(\d{1,2})[./] ?(\d{3,9})$/.exec(lower);
  if (m) {
    return typedDate(year(m[2]), Number(m[1]));
  }
  m = /^(\d{3,9}) (\p{L}+)\.?(?: (\d{1,2}))?$/u.exec(lower);
  if (m && monthNumber(m[2]) > 0) {
    return typedDate(year(m[1]), monthNumber(m[2]), number(m[3]));
  }
  return null;
}

/**
 * Why a date typed with slashes is none, when it reads both ways ("5/6/1990": the 5th of June or the
 * 6th of May), as DateInput refuses it; null for anything else.
 */
function ambiguousDate(input) {
  const text = input.trim().replace(/\s+/g, ' ');
  const m = /^(\d{1,2})\/ ?(\d{1,2})\/ ?(\d{3,9})$/.exec(text);
  const [first, second, year] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [];
  const dayFirst = m && first <= 12 && second <= 12 && first !== second ? typedDate(year, second, first) : null;
  const monthFirst = dayFirst && typedDate(year, first, second);
  return monthFirst ? msg('date.reason.ambiguous', text, dateText(dayFirst.from, 'DAY'), dateText(monthFirst.from, 'DAY')) : null;
}

/**
 * Why a date typed as the window writes an approximate one ("c. 1973", "vers 1973", "circa 1973", "~1973")
 * is none here, as DateInput refuses it: write the date alone; null for anything else.
 */
function approximateDate(input) {
  const text = input.trim().replace(/\s+/g, ' ');
  const lower = text.toLowerCase();
  const mark = data.dateWords.approximateMarks.find(m => lower.startsWith(m.toLowerCase()));
  const date = mark === undefined ? '' : text.slice(mark.length).trim();
  // The date itself no date: why that is, as DateInput says it ("c. 5/6/1990" may be either day).
  return date === '' ? null : parseTypedDate(date) ? msg('date.reason.circa', date) : typedDateReason(date);
}

/** Why a typed date is none when there is more to say than which forms work (the window's DateInput reasons); null otherwise. */
function typedDateReason(input) {
  return ambiguousDate(input) || approximateDate(input);
}

/**
 * DateInput.recentYearMeant: for a year typed with two digits ("90"), read as it is written (the
 * year 90), the year of the last hundred that ends so (1990); 0 for anything else.
 */
function recentYearMeant(input, thisYear) {
  const text = input.trim();
  return /^[0-9]{2}$/.test(text) ? thisYear - (((thisYear - Number(text)) % 100) + 100) % 100 : 0;
}

/** The span of a year, a month of it or a day of that, or null when there is no such date. */
function typedDate(year, month, day) {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    return null;
  }
  if (month === undefined) {
    return {from: epochSecond(year, 1, 1), to: epochSecond(year + 1, 1, 1), field: 'YEAR'};
  }
  if (month < 1 || month > 12) {
    return null;
  }
  if (day === undefined) {
    return {from: epochSecond(year, month, 1), to: epochSecond(year, month, 1) + lengthOfMonth(year, month) * DAY, field: 'MONTH'};
  }
  if (day < 1 || day > lengthOfMonth(year, month)) {
    return null;
  }
  return {from: epochSecond(year, month, day), to: epochSecond(year, month, day) + DAY, field: 'DAY'};
}

/** DateInput.monthNumber: 1-12 for a month's word in any language, or a beginning of three letters or more naming one month only. */
function monthNumber(word) {
  const months = data.dateWords.months;
  if (months[word]) {
    return months[word];
  }
  if (word.length < 3) {
    return 0;
  }
  let found = 0;
  for (const [name, number] of Object.entries(months)) {
    if (name.startsWith(word)) {
      if (found !== 0 && found !== number) {
        return 0;
      }
      found = number;
    }
  }
  return found;
}

/** DateInput.cutSuffix: where text ends with word, spaces and dots not counted, the index before it; otherwise -1. */
function cutSuffix(text, word) {
  let i = text.length;
  let j = word.length;
  while (j > 0 && i > 0) {
    const t = text[i - 1];
    const w = word[j - 1];
    if (t === ' ' || t === '.') {
      i--;
    } else if (w === ' ' || w === '.') {
      j--;
    } else if (t === w) {
      i--;
      j--;
    } else {
      return -1;
    }
  }
  while (j > 0 && (word[j - 1] === ' ' || word[j - 1] === '.')) {
    j--;
  }
  if (j > 0 || i === 0) {
    return -1;
  }
  return /\p{L}/u.test(text[i - 1]) ? -1 : i;
}

// ---- The axis (TickUnit, AxisPlan) ----

/**
 * A step between axis ticks: a calendar field times a multiple. Ticks fall on calendar boundaries,
 * and in the BCE years on round BCE numbers ("500 BCE, 400 BCE, ..., 100 BCE, 100, 200").
 */
class TickUnit {
  constructor(field, step) {
    this.field = field;
    this.step = step;
  }

  toString() {
    return this.field + 'x' + this.step;
  }

  /** The shortest distance between two consecutive ticks, in seconds. */
  minimumSeconds() {
    switch (this.field) {
      case 'MINUTE': return this.step * MINUTE;
      case 'HOUR': return this.step * HOUR;
      case 'DAY': return this.step * DAY;
      case 'MONTH': return (this.step === 1 ? 28 : 89) * DAY;
      default: return this.step * 365 * DAY;
    }
  }

  /** The coarser unit that groups these ticks on the upper tier. */
  context() {
    switch (this.field) {
      case 'MINUTE':
      case 'HOUR': return unitOf('DAY', 1);
      case 'DAY': return unitOf('MONTH', 1);
      case 'MONTH': return unitOf('YEAR', 1);
      // Ten times the step, or the widest unit there is (2 and 5 times 10^8 years have no tenfold).
      default: return LADDER.find(u => u.field === 'YEAR' && u.step >= this.step * 10) || LADDER[LADDER.length - 1];
    }
  }

  /** Whether a context label stays at the left edge: not for multi-year bands, where it would read as the view's start. */
  isStickyContext() {
    return this.field !== 'YEAR' || this.step === 1;
  }

  /** Every tick instant in [from, to], in order. */
  ticks(from, to) {
    const out = [];
    const step = this.step;
    if (this.field === 'MINUTE' || this.field === 'HOUR') {
      const size = (this.field === 'MINUTE' ? MINUTE : HOUR) * step;
      for (let s = Math.ceil(from / size) * size; s <= to; s += size) {
        out.push(s);
      }
    } else if (this.field === 'DAY') {
      const last = Math.floor(to / DAY);
      for (let day = Math.ceil(from / DAY); day <= last; day++) {
        if (step === 1 || this.isDayTick(day)) {
          out.push(day * DAY);
        }
      }
    } else if (this.field === 'MONTH') {
      const [firstYear, firstMonth] = civilFromEpochDay(Math.floor(from / DAY));
      let year = firstYear;
      let month = Math.floor((firstMonth - 1) / step) * step + 1;
      for (let s = epochSecond(year, month, 1); s <= to; s = epochSecond(year, month, 1)) {
        if (s >= from) {
          out.push(s);
        }
        month += step;
        if (month > 12) {
          month -= 12;
          year++;
        }
      }
    } else {
      const first = Math.max(MIN_YEAR, yearOf(from));
      const last = Math.min(MAX_YEAR, yearOf(to));
      const emit = year => {
        const s = epochSecond(year, 1, 1);
        if (s >= from && s <= to) {
          out.push(s);
        }
      };
      // BCE side: years whose BCE number (1 - year) is a multiple of the step.
      if (first <= 0) {
        for (let year = 1 - Math.floor((1 - first) / step) * step; year <= Math.min(0, last); year += step) {
          emit(year);
        }
      }
      // CE side: years that are multiples of the step.
      for (let year = Math.max(step, Math.floor(Math.max(1, first) / step) * step); year <= last; year += step) {
        emit(year);
      }
    }
    return out;
  }

  /** Days 1, 1+step, 1+2*step... of each month, leaving out one too close to the next month's first. */
  isDayTick(day) {
    const [year, month, dayOfMonth] = civilFromEpochDay(day);
    return (dayOfMonth - 1) % this.step === 0 && dayOfMonth + this.step <= lengthOfMonth(year, month) + 1;
  }

  /** The label of a tick on the lower tier: "1990", "Jul", "12", "14:00". */
  label(second) {
    const d = dateAt(second);
    if (!d) {
      return '';
    }
    switch (this.field) {
      case 'MINUTE':
      case 'HOUR': return twoDigits(d.hour) + ':' + twoDigits(d.minute);
      case 'DAY': return String(d.day);
      case 'MONTH': return data.shortMonthNames[d.month - 1];
      default: return yearText(d.year);
    }
  }

  /** The label of a tick on the upper tier: "12 October 2007", "October 2007", "1990". */
  contextLabel(second) {
    return dateText(second, this.field);
  }

  /** TickUnit.shortContextLabel: "Sep 1999" for a month's "September 1999", where that has no room; the same label for others. */
  shortContextLabel(second) {
    const d = dateAt(second);
    if (!d || this.field !== 'MONTH') {
      return this.contextLabel(second);
    }
    return msg('date.monthYear', data.shortMonthNames[d.month - 1], yearInDate(d.year));
  }
}

/** Every unit, finest first. Half-years say less than plain years at the same zoom, so quarters are the widest month step. */
const LADDER = [
  ...[1, 5, 15, 30].map(m => new TickUnit('MINUTE', m)),
  ...[1, 3, 6, 12].map(h => new TickUnit('HOUR', h)),
  ...[1, 2, 7].map(d => new TickUnit('DAY', d)),
  ...[1, 3].map(m => new TickUnit('MONTH', m)),
];
for (let decade = 1; decade <= 1e8; decade *= 10) {
  LADDER.push(new TickUnit('YEAR', decade), new TickUnit('YEAR', 2 * decade), new TickUnit('YEAR', 5 * decade));
}
const unitOf = (field, step) => LADDER.find(u => u.field === field && u.step === step);

/** Pixels between the end of one label and the start of the next, at least; and from a tick to its label. */
const LABEL_GAP = 8;
const LABEL_INSET = 4;

/** TickUnit.Field, finest first. */
const FIELDS = ['MINUTE', 'HOUR', 'DAY', 'MONTH', 'YEAR'];

/**
 * TimelineContent.finestTick: days unless a date names a time of day, so that a close zoom on a day
 * shows the day rather than hours nothing happened at.
 */
function finestTick(events) {
  let finest = 'DAY';
  for (const e of events) {
    if (e.timePrecision === 'MINUTE' || e.timePrecision === 'SECOND') {
      return 'MINUTE';
    }
    if (e.timePrecision === 'HOUR') {
      finest = 'HOUR';
    }
  }
  return finest;
}

/**
 * AxisPlan.plan: the finest unit whose labels fit without touching, its ticks (lower tier) and the
 * coarser context ticks (upper tier), each {second, x, label}. measure(text) gives a label's width.
 */
function axisPlan(scale, width, measure, finest = 'MINUTE') {
  const from = scale.secondAt(0);
  const to = scale.secondAt(width);
  let finerWouldFit = false;
  for (const unit of LADDER) {
    const roomy = unit.minimumSeconds() / scale.spp >= minimumSpacing(unit, measure);
    if (FIELDS.indexOf(unit.field) < FIELDS.indexOf(finest)) {
      finerWouldFit ||= roomy;
      continue;
    }
    if (!roomy) {
      continue;
    }
    const lower = axisTicks(unit, scale, from, to, false);
    if (fits(lower, measure)) {
      // Closer than the dates need: the upper tier names the day itself, and stays at the left edge; the month
      // instead when a day has no room for its name.
      if (finerWouldFit) {
        const days = contextTicks(unit, unit, scale, from, to);
        if (fits(days, measure)) {
          return {unit, lower, upper: days};
        }
      }
      return {unit, lower, upper: contextTicks(unit.context(), unit, scale, from, to)};
    }
  }
  // Even the widest unit is too narrow (the whole range of years on a small picture): label only every so many ticks.
  const coarsest = LADDER[LADDER.length - 1];
  return {unit: coarsest, lower: thinned(axisTicks(coarsest, scale, from, to, false), measure), upper: []};
}

function minimumSpacing(unit, measure) {
  const widest = {MINUTE: '00:00', HOUR: '00:00', DAY: '28', MONTH: 'May', YEAR: '2000'}[unit.field];
  return measure(widest) + LABEL_INSET + LABEL_GAP;
}

function axisTicks(unit, scale, from, to, context) {
  return unit.ticks(from, to).map(s => {
    const label = context ? unit.contextLabel(s) : unit.label(s);
    return {second: s, x: scale.xOf(s), label, shortLabel: context ? unit.shortContextLabel(s) : label};
  });
}

function fits(ticks, measure) {
  for (let i = 0; i + 1 < ticks.length; i++) {
    if (ticks[i + 1].x - ticks[i].x < LABEL_INSET + measure(ticks[i].label) + LABEL_GAP) {
      return false;
    }
  }
  return true;
}

/** The ticks, with the labels that would touch the one before them left blank. */
function thinned(ticks, measure) {
  let free = -Infinity;
  return ticks.map(tick => {
    if (tick.x < free) {
      return {second: tick.second, x: tick.x, label: '', shortLabel: ''};
    }
    free = tick.x + LABEL_INSET + measure(tick.label) + LABEL_GAP;
    return tick;
  });
}

/**
 * AxisPlan.oneRowLabels: what the overview strip writes, years as they are, finer ticks' context
 * ("2007", "October 2007") instead; the context begun before the strip at its left edge when it fits.
 */
function oneRowLabels(plan, measure) {
  if (plan.unit.field === 'YEAR' || plan.upper.length === 0) {
    return plan.lower;
  }
  const out = [];
  plan.upper.forEach((tick, i) => {
    if (tick.x >= 0) {
      out.push(tick);
    } else {
      const next = i + 1 < plan.upper.length ? plan.upper[i + 1].x : Infinity;
      if (LABEL_INSET + measure(tick.label) + LABEL_GAP <= next) {
        out.push({second: tick.second, x: 0, label: tick.label, shortLabel: tick.shortLabel});
      }
    }
  });
  return out;
}

/** The context ticks in view; for a sticky context, from the last one before the view, so that its label can stay at the left edge. */
function contextTicks(context, unit, scale, from, to) {
  // Year labels are whole already ("1990", "2000"): a row of decades or centuries above them would only repeat them.
  if (unit.field === 'YEAR') {
    return [];
  }
  if (!context.isStickyContext()) {
    return axisTicks(context, scale, from, to, true);
  }
  const longestGap = 2.2 * context.minimumSeconds() + 32 * 86400;
  const ticks = axisTicks(context, scale, from - longestGap, to, true);
  let firstInView = 0;
  while (firstInView < ticks.length && ticks[firstInView].second <= from) {
    firstInView++;
  }
  return ticks.slice(Math.max(0, firstInView - 1));
}

// ---- Time and pixels (TimeScale) ----

const MIN_SPAN = HOUR;
const DEFAULT_MAX_SPAN = 10000 * AVERAGE_YEAR;
const EARLIEST = epochSecond(MIN_YEAR, 1, 1);
const LATEST = epochSecond(MAX_YEAR + 1, 1, 1);
/** Room around all events when a view fits them, in pixels. */
const FIT_MARGIN = 48;
/** How far into the view the first or last event stays when a pan goes no further: a fifth of its width (ViewMotion.PAN_KEEP). */
const PAN_KEEP = 0.2;

/** The mapping between time and pixels: the second at x = 0 and the seconds each pixel spans. Immutable. */
class Scale {
  constructor(start, spp) {
    this.start = start;
    this.spp = spp;
  }

  /** A scale that shows [from, to) across width pixels with margin pixels free on each side. */
  static fitting(from, to, width, margin) {
    const spp = Math.max(to - from, MIN_SPAN) / Math.max(1, width - 2 * margin);
    return new Scale((from + to) / 2 - width / 2 * spp, spp);
  }

  xOf(second) {
    return (second - this.start) / this.spp;
  }

  secondAt(x) {
    return this.start + x * this.spp;
  }

  span(width) {
    return width * this.spp;
  }

  /** Zoomed in by factor (> 1 in, < 1 out), keeping the instant at anchorX in place. */
  zoomedAround(anchorX, factor) {
    const spp = this.spp / factor;
    return new Scale(this.secondAt(anchorX) - anchorX * spp, spp);
  }

  /** Moved so that the content shifts right by dx pixels (dragging right shows earlier times). */
  pannedBy(dx) {
    return new Scale(this.start - dx * this.spp, this.spp);
  }

  centredOn(second, width) {
    return new Scale(second - width / 2 * this.spp, this.spp);
  }

  /** Kept within an hour and maxSpan across the view, and within the supported years, zooming around the centre. */
  clamped(width, maxSpan) {
    if (width <= 0) {
      return this;
    }
    const minSpp = MIN_SPAN / width;
    const spp = Math.min(Math.max(minSpp, maxSpan / width), Math.max(minSpp, this.spp));
    const centre = Math.min(LATEST, Math.max(EARLIEST, this.secondAt(width / 2)));
    return spp === this.spp && centre === this.secondAt(width / 2) ? this : new Scale(centre - width / 2 * spp, spp);
  }
}

// ---- Events by time (EventIndex, TimelineContent) ----

/**
 * Events in time order, answering "which overlap [from, to]" in logarithmic time plus the answers.
 * The sorted array doubles as an implicit balanced tree (the middle of each range is its root), and
 * each root remembers the latest end in its range, so a query skips every range that ends too early.
 */
class EventIndex {
  constructor(events) {
    const n = events.length;
    this.events = events;
    this.starts = new Float64Array(n);
    this.ends = new Float64Array(n);
    this.maxEnd = new Float64Array(n);
    events.forEach((e, i) => {
      this.starts[i] = e.startSecond;
      this.ends[i] = e.endSecond;
    });
    this.build(0, n);
  }

  build(lo, hi) {
    if (lo >= hi) {
      return -Infinity;
    }
    const mid = (lo + hi) >>> 1;
    const max = Math.max(this.ends[mid], this.build(lo, mid), this.build(mid + 1, hi));
    this.maxEnd[mid] = max;
    return max;
  }

  /** Calls visit with the position of every event that overlaps [from, to], in time order. */
  forEachOverlapping(from, to, visit, lo = 0, hi = this.events.length) {
    if (lo >= hi) {
      return;
    }
    const mid = (lo + hi) >>> 1;
    if (this.maxEnd[mid] < from) {
      return;
    }
    this.forEachOverlapping(from, to, visit, lo, mid);
    if (this.starts[mid] > to) {
      return;
    }
    if (this.ends[mid] >= from) {
      visit(mid);
    }
    this.forEachOverlapping(from, to, visit, mid + 1, hi);
  }

  /** The first position whose start is at or after second. */
  lowerBound(second) {
    return firstAbove(this.starts, second, true);
  }

  /** How many events start in [from, to). */
  countStarting(from, to) {
    return this.lowerBound(to) - this.lowerBound(from);
  }

  /**
   * How many events overlap [from, to] (EventIndex.countOverlapping): those that start by its end, less those of
   * them that end before it starts. Two binary searches: the canvas's name says it on every frame of a glide.
   */
  countOverlapping(from, to) {
    if (!this.sortedEnds) {
      this.sortedEnds = Float64Array.from(this.ends).sort();
    }
    return firstAbove(this.starts, to) - firstAbove(this.sortedEnds, from, true);
  }

  /** [earliest start, latest end], or null when empty. */
  extent() {
    const n = this.events.length;
    return n === 0 ? null : [this.starts[0], this.maxEnd[n >>> 1]];
  }
}

/** The first position in a sorted array whose value is above x (at or above x, with orEqual). */
function firstAbove(sorted, x, orEqual = false) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x || !orEqual && sorted[mid] === x) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

/**
 * Events prepared for display (TimelineContent): indexed as a whole and per category lane, in the
 * categories' order and then "Uncategorised" (events without a category, or with one the file lacks).
 */
function makeContent(events) {
  const byCategory = new Map(data.categories.map(c => [c.id, []]));
  const uncategorised = [];
  for (const e of events) {
    (byCategory.get(e.category) || uncategorised).push(e);
  }
  const lanes = data.categories.filter(c => byCategory.get(c.id).length > 0)
    .map(c => ({categoryId: c.id, name: line(c.name), index: new EventIndex(byCategory.get(c.id))}));
  if (uncategorised.length > 0) {
    lanes.push({categoryId: null, name: msg('web.lane.uncategorised'), index: new EventIndex(uncategorised)});
  }
  const all = new EventIndex(events);
  let extent = all.extent() || [Infinity, -Infinity];
  for (const era of data.eras) {
    extent = [Math.min(extent[0], era.startSecond), Math.max(extent[1], era.endSecond)];
  }
  return {
    events,
    all,
    lanes,
    compact: [{categoryId: null, name: '', index: all}],
    position: new Map(events.map((e, i) => [e.id, i])),
    extent: extent[0] > extent[1] ? null : extent,
    eventExtent: all.extent(),
    finestTick: finestTick(events),
  };
}

/** ViewMotion.TITLE_PLATE: how far short of the right edge the selected title drawn whole stops, and a pixel to spare. */
const TITLE_PLATE = 5;

/** ViewMotion.inView: the scale, or the least move that shows the event clear of the edges. */
function inView(e, scale, width) {
  const margin = Math.min(width / 4, 120);
  const x0 = scale.xOf(e.startSecond);
  const x1 = scale.xOf(e.endSecond);
  if (x0 >= margin && x1 <= width - margin) {
    return scale;
  }
  if (e.endSecond - e.startSecond > scale.span(width - 2 * margin)) {
    return Scale.fitting(e.startSecond, e.endSecond, width, margin);
  }
  if (x1 > -width && x0 < 2 * width) {
    return scale.pannedBy(x0 < margin ? margin - x0 : width - margin - x1);
  }
  return scale.centredOn((e.startSecond + e.endSecond) / 2, width);
}

/** The widest zoom: ten thousand years, or a little more than the whole file when it spans more. */
function maxSpan(content) {
  return Math.max(DEFAULT_MAX_SPAN, content.extent ? (content.extent[1] - content.extent[0]) * 1.5 : 0);
}

/**
 * TimelineRenderer.fittingEvents: the scale that shows every event shown (the filter's); the eras
 * only when none is, and twenty years around today when there are neither.
 */
function fittingAll(content, width) {
  const w = Math.max(1, width);
  const extent = content.eventExtent || content.extent;
  if (!extent) {
    const now = Date.now() / 1000;
    return Scale.fitting(now - 10 * AVERAGE_YEAR, now + 10 * AVERAGE_YEAR, w, FIT_MARGIN);
  }
  return Scale.fitting(extent[0], extent[1], w, FIT_MARGIN).clamped(w, maxSpan(content));
}

/** Navigation.intervalAround: a span with some room around it, a point with its neighbourhood. */
function intervalAround(e) {
  const length = e.endSecond - e.startSecond;
  if (e.span) {
    return [e.startSecond - length * 0.15, e.endSecond + length * 0.15];
  }
  const around = Math.max(length * 3, HOUR / 2);
  return [e.midSecond - around, e.midSecond + around];
}

// ---- What to draw (LayoutMetrics, TimelineLayouter) ----

/** Sizes of the timeline's parts, all from the height of a line of label text, so a larger font scales everything. */
function metricsFor(lineHeight) {
  return {
    lineHeight,
    rowHeight: Math.ceil(lineHeight * 1.55),
    markerSize: Math.round(lineHeight * 0.7),
    laneHeaderHeight: Math.ceil(lineHeight * 1.35),
    lanePadding: Math.ceil(lineHeight * 0.35),
    labelGap: Math.ceil(lineHeight * 0.35),
    itemGap: Math.ceil(lineHeight * 0.6),
    eraRowHeight: Math.ceil(lineHeight * 1.4),
    clusterWidth: Math.ceil(lineHeight * 3),
    // Labels shorter than this are hidden rather than shown as one letter and an ellipsis.
    minimumLabelWidth: lineHeight * 2.2,
  };
}

/** Java's Character.isWhitespace, of one character: the spaces between words, not the no-break ones. */
const JAVA_SPACE = /^[\t\n\v\f\r\x1C-\x1F \u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]$/;
/** Java's String.stripTrailing: the spaces Character.isWhitespace counts, at the end. */
const JAVA_TRAILING_SPACES = /[\t\n\v\f\r\x1C-\x1F \u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]+$/;
/** Text whose every character is one a reader sees (LeastLabel.standsAlone): Latin, Greek, Cyrillic, the punctuation of titles. */
const STANDS_ALONE = /^[\0-\x0C\x0E-\u02FF\u0370-\u0482\u048A-\u052F\u2010-\u205F]*$/;

/**
 * LeastLabel.of: the start of a title a shortened label keeps at least, its first word (the first two when the first
 * is shorter than four characters; of a word longer than twelve, the first eight), or the title itself when that is all of it.
 */
function leastLabel(title) {
  // Without the segmenter where each character is one a reader sees (LeastLabel.standsAlone): asked of each label, each frame.
  const ends = STANDS_ALONE.test(title) ? Array.from(title, (c, i) => i + 1) : characterEnds(title);
  const isSpace = k => JAVA_SPACE.test(String.fromCodePoint(title.codePointAt(k === 0 ? 0 : ends[k - 1])));
  const afterSpaces = from => {
    let k = from;
    while (k < ends.length && isSpace(k)) {
      k++;
    }
    return k;
  };
  const wordEnd = from => {
    let k = from;
    while (k < ends.length && !isSpace(k)) {
      k++;
    }
    return k - from > 12 ? from + 8 : k;
  };
  const from = afterSpaces(0);
  let end = wordEnd(from);
  if (end - from < 4) {
    const next = afterSpaces(end);
    if (next < ends.length) {
      end = wordEnd(next);
    }
  }
  return end >= ends.length ? title : title.substring(0, ends[end - 1]);
}

/** LeastLabel.fit: the title fitted to room, whole, shortened to no less than its least and minimumWidth, or null. */
function fitLeast(measurer, title, room, minimumWidth) {
  const label = measurer.fit(title, room);
  if (label === null || label === title) {
    return label;
  }
  return room >= minimumWidth && label.length - 1 >= leastLabel(title).length ? label : null;
}

/** LeastLabel.kept: how much of a label, titleWidth wide, its row keeps for it at least before the next event. */
function leastKept(measurer, title, titleWidth, minimumWidth) {
  return titleWidth <= minimumWidth ? titleWidth : Math.min(titleWidth, leastWidth(measurer, title, minimumWidth));
}

/** LeastLabel.width: the room a label of the title needs at least. */
function leastWidth(measurer, title, minimumWidth) {
  const least = leastLabel(title);
  return Math.max(minimumWidth, least === title ? measurer.width(title) : measurer.width(least + '\u2026'));
}

/**
 * TextMeasurer.fit: text shortened with an ellipsis to fit maxWidth, the whole text when it fits, or
 * null when not even one character and the ellipsis fit.
 */
function fitText(text, maxWidth, width) {
  if (width(text) <= maxWidth) {
    return text;
  }
  const available = maxWidth - width('\u2026');
  const ends = characterEnds(text);
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (width(text.substring(0, ends[mid - 1])) <= available) {
      low = mid;
    } else {
      high = mid - 1;
    }
  }
  // Java's stripTrailing: a no-break space before the ellipsis stays, as in the window (trimEnd took it).
  return low === 0 ? null : text.substring(0, ends[low - 1]).replace(JAVA_TRAILING_SPACES, '') + '\u2026';
}

/** Made once: a label is fitted in every frame. */
const graphemes = typeof Intl !== 'undefined' && Intl.Segmenter ? new Intl.Segmenter(undefined, {granularity: 'grapheme'}) : null;

/**
 * Where each character a reader sees ends, as indexes into the text (TextMeasurer.characterEnds):
 * text is cut between them, never inside an emoji, a flag or a letter with its accents.
 */
function characterEnds(text) {
  const ends = [];
  if (graphemes) {
    for (const part of graphemes.segment(text)) {
      ends.push(part.index + part.segment.length);
    }
    return ends;
  }
  let at = 0;
  for (const character of text) {
    at += character.length;
    ends.push(at);
  }
  return ends;
}

/** A measurer (TextMeasurer) from a width function. */
function measurerOf(width, lineHeight) {
  return {width, lineHeight, fit: (text, maxWidth) => fitText(text, maxWidth, width)};
}

const canvasMeasurers = new Map();

/**
 * Text whose width is not the sum of its characters' widths: anything beyond the Latin, Greek and
 * Cyrillic letters and common punctuation (Arabic and Indic scripts shape, emoji and other
 * characters outside the BMP are two code units, marks combine).
 */
const JOINED = /[^\u0020-\u02ff\u0370-\u03ff\u0400-\u04ff\u2010-\u2027\u2030-\u205e]/;

/**
 * Measures text in a canvas font by adding up each character's advance, measured once (as
 * FxTextMeasurer does); text that is shaped as a whole (JOINED) is measured whole, and remembered.
 */
function canvasMeasurer(font) {
  let measurer = canvasMeasurers.get(font);
  if (!measurer) {
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = font;
    const advances = new Map();
    const advance = c => {
      let w = advances.get(c);
      if (w === undefined) {
        w = ctx.measureText(c).width;
        advances.set(c, w);
      }
      return w;
    };
    const whole = new Map();
    const width = text => {
      if (JOINED.test(text)) {
        // Shaped as a whole: Arabic joins, an emoji is one glyph of two code units. Labels are measured every frame.
        let w = whole.get(text);
        if (w === undefined) {
          if (whole.size >= 20000) {
            whole.clear();
          }
          w = ctx.measureText(text).width;
          whole.set(text, w);
        }
        return w;
      }
      let w = 0;
      for (let i = 0; i < text.length; i++) {
        w += advance(text[i]);
      }
      return w;
    };
    const probe = ctx.measureText('Ag');
    measurer = measurerOf(width, Math.ceil(probe.fontBoundingBoxAscent + probe.fontBoundingBoxDescent));
    canvasMeasurers.set(font, measurer);
  }
  return measurer;
}

/**
 * Where an event is drawn: [x0, x1] of its marker or solid bar and [fuzzyX0, fuzzyX1] of the interval
 * its precision allows. A point sits in the middle of its interval; a span is solid where it certainly
 * ran and pale across the month or year its ends could be in (day precision and finer ends are exact:
 * their period is a day or less).
 */
function geometry(e, scale, markerSize) {
  const r = markerSize / 2;
  if (!e.span) {
    const xm = scale.xOf(e.midSecond);
    return [xm - r, xm + r, Math.min(xm - r, scale.xOf(e.possibleFrom)), Math.max(xm + r, scale.xOf(e.possibleTo))];
  }
  let certainStart = e.startEnd - e.startSecond <= DAY ? e.startSecond : e.startEnd;
  let certainEnd = e.endSecond - e.endStart <= DAY ? e.endSecond : e.endStart;
  if (certainEnd < certainStart) {
    certainStart = (e.startSecond + e.endSecond) / 2;
    certainEnd = certainStart;
  }
  const x0 = scale.xOf(certainStart);
  const x1 = Math.max(scale.xOf(certainEnd), x0 + r);
  return [x0, x1, Math.min(x0, scale.xOf(e.possibleFrom)), Math.max(x1, scale.xOf(e.possibleTo))];
}

/**
 * TimelineLayouter.ringCentres: where the rings of a disputed moment's other dates are drawn, at each date a source
 * gives, leaving out those as good as on its marker at cx.
 */
function ringCentres(e, scale, cx, markerSize) {
  return (e.givenMids ?? []).map(s => scale.xOf(s)).filter(x => Math.abs(x - cx) >= markerSize * 0.75);
}

/** TimelineLayouter.marksExtent: from where to where an event's marker or bar [x0, x1] and its rings in view are drawn. */
function marksExtent(e, scale, x0, x1, markerSize, width) {
  let from = x0;
  let to = x1;
  for (const x of ringCentres(e, scale, (x0 + x1) / 2, markerSize)) {
    if (x + markerSize / 2 > 0 && x - markerSize / 2 < width) {
      from = Math.min(from, x - markerSize / 2);
      to = Math.max(to, x + markerSize / 2);
    }
  }
  return [from, to];
}

/** Rows a lane may use before its events are counted into clusters: a few per category, many in one compact lane. */
const rowsPerLane = mode => (mode === 'COMPACT' ? 40 : 6);

/**
 * TimelineLayouter.layout with the screen packing: the axis, the era ribbons, and each lane's events
 * packed into rows with their labels fitted, or counted into clusters where there is no room. Only
 * events near the view are touched. Lane and item y are from the top of the lane area, unscrolled.
 * A slide ({@code slidePeriod} [from, to] in seconds, Packing.asSlideOf) does not scroll: its era rows
 * are those of its period, and nothing of an event wholly left of it is drawn, not even its title.
 * With {@code rows}, a lane has at most that many (Packing.forScreenAtMost), else rowsPerLane.
 */
function layoutTimeline(content, mode, scale, width, measurer, axisMeasure, m, slidePeriod = null, rows = null, pinned = null,
                        kept = null) {
  const axis = axisPlan(scale, width, axisMeasure, content.finestTick);
  // The names measured in the axis's font, which draws them (TimelineLayouter.layout).
  const {eras, rows: eraRows} = layoutEras(scale, width, measurerOf(axisMeasure, measurer.lineHeight), m, slidePeriod);
  const lanes = [];
  const items = [];
  const clusters = [];
  let y = 0;
  (mode === 'COMPACT' ? content.compact : content.lanes).forEach((lane, i) => {
    const header = mode === 'COMPACT' ? 0 : m.laneHeaderHeight;
    const packed = packedLane(i, lane, scale, width, measurer, m, rows ?? rowsPerLane(mode), y + header + m.lanePadding,
      slidePeriod !== null, pinned, kept);
    items.push(...packed.items);
    clusters.push(...packed.clusters);
    const height = header + 2 * m.lanePadding + packed.rows * m.rowHeight;
    lanes.push({lane, y, height, rows: packed.rows});
    y += height;
  });
  return {scale, width, axis, eras, eraRows, lanes, items, clusters, contentHeight: y, metrics: m};
}

/**
 * One lane packed, the `pinned` events (the step, then the next step) given their rows first; but when the lane packed
 * as if none were pinned draws each of them as itself with the same label, that packing: the events then keep the rows
 * they have in the views around, and the ABM Treaty and SALT I, signed the same day, do not swap rows from one step to
 * the next (TimelineLayouter.packed). The event `keeping` (the selected one, when not presenting) is only kept out of the
 * clusters: the lane is packed as if it were not, and again with it given its row first where it was counted
 * (TimelineLayouter.keeping).
 */
function packedLane(laneIndex, lane, scale, width, measurer, m, maxRows, top, still, pinned, keeping = null) {
  if (keeping !== null) {
    const natural = packLane(laneIndex, lane, scale, width, measurer, m, maxRows, top, still, null, 0, true, keeping);
    return !natural.countedWatched || natural.items.some(it => it.event.id === keeping) ? natural
      : packLane(laneIndex, lane, scale, width, measurer, m, maxRows, top, still, [keeping], 0, false);
  }
  const packed = packLane(laneIndex, lane, scale, width, measurer, m, maxRows, top, still, pinned);
  const kept = pinned === null ? [] : packed.items.filter(it => pinned.includes(it.event.id));
  if (!kept.length) {
    return packed;
  }
  const natural = packLane(laneIndex, lane, scale, width, measurer, m, maxRows, top, still, null);
  const same = layout => kept.every(k => layout.items.some(it => it.event === k.event && it.label === k.label));
  if (same(natural)) {
    return natural;
  }
  // The step drawn as wished in a lower row, only the next step not: the step kept in that row (TimelineLayouter.packed).
  const lead = natural.items.find(it => it.event.id === pinned[0]);
  const wished = kept.find(k => k.event.id === pinned[0]);
  if (lead && wished && lead.label === wished.label && lead.row > 0 && lead.row < natural.rowsUsed) {
    const steady = packLane(laneIndex, lane, scale, width, measurer, m, maxRows, top, still, pinned, lead.row);
    if (steady.items.filter(it => pinned.includes(it.event.id)).length === kept.length && same(steady)) {
      return steady;
    }
  }
  return packed;
}

/**
 * Era ribbons, packed into rows over the whole file (not just the view), so the ribbon area keeps its
 * height while scrolling; a slide's over the eras of its period [from, to] alone.
 */
function layoutEras(scale, width, measurer, m, period = null) {
  const rowEnds = [];
  const visible = [];
  const eras = period === null ? data.eras : data.eras.filter(e => e.endSecond >= period[0] && e.startSecond <= period[1]);
  for (const era of [...eras].sort((a, b) => a.startSecond - b.startSecond)) {
    let row = 0;
    while (row < rowEnds.length && rowEnds[row] > era.startSecond) {
      row++;
    }
    if (row === rowEnds.length) {
      visible.push([]);
    }
    rowEnds[row] = era.endSecond;
    const x0 = scale.xOf(era.startSecond);
    const x1 = scale.xOf(era.endSecond);
    if (x1 >= 0 && x0 <= width) {
      visible[row].push({era, x0, x1});
    }
  }
  // A name too long for its ribbon goes beside it, after it or else before it, where its row has room for all of it
  // and all of the ribbon is in view (beside one running on past an edge, it would stand over years the era does not cover).
  const gap = m.labelGap;
  const out = [];
  visible.forEach((ribbons, row) => {
    let claimedTo = 0;
    ribbons.forEach(({era, x0, x1}, k) => {
      const nextStart = k + 1 < ribbons.length ? ribbons[k + 1].x0 : width;
      const title = era.label;
      const titleWidth = measurer.width(title);
      // The label stays at the left edge of the visible part of the band while scrolling.
      let labelX = Math.max(x0, 0) + gap;
      let label = measurer.fit(title, Math.min(x1, width) - labelX - gap);
      let outside = false;
      const whole = x0 >= 0 && x1 <= width;
      if (label !== title && whole && x1 + gap + titleWidth <= Math.min(nextStart, width) - gap) {
        labelX = x1 + gap;
        label = title;
        outside = true;
      } else if (label !== title && whole && x0 - gap - titleWidth >= Math.max(claimedTo, 0) + gap) {
        labelX = x0 - gap - titleWidth;
        label = title;
        outside = true;
      }
      const labelWidth = label === null ? 0 : label === title ? titleWidth : measurer.width(label);
      claimedTo = outside ? Math.max(x1, labelX + labelWidth) : x1;
      out.push({era, x0, x1, row, labelX, label, labelWidth, outside});
    });
  });
  out.sort((a, b) => a.era.startSecond - b.era.startSecond);
  return {eras: out, rows: rowEnds.length};
}

/** Where an event's label goes: inside its bar (whole, or shortened), before it, pinned at the left edge, or after it. */
const INSIDE = 'INSIDE';
const INSIDE_SHORTENED = 'INSIDE_SHORTENED';
const BEFORE = 'BEFORE';
const PINNED = 'PINNED';
const AFTER = 'AFTER';

/**
 * Packs one lane's events in view into rows (LanePacker): greedily in time order, an event takes the
 * first row whose previous occupant, label included, ends before it; failing that a new row; failing
 * that a row where the previous label can be shortened. Labels are then fitted into the room left
 * before the next event in their row, so no label is drawn over another. Events that find no row are
 * counted into clusters (a cluster of one is drawn as its event); a lane with too many events in view
 * for that is laid out bucket by bucket. The events whose ids are `pinned` (a presented step, then the step after it)
 * take their rows first, their titles whole unless not `whole`, and are not counted into clusters while a row can hold
 * them (Packing.pinningStep, Packing.keeping). Whether the event whose id is `watched` was counted into a cluster is
 * returned as countedWatched (LanePacker.watching).
 */
function packLane(laneIndex, lane, scale, width, measurer, m, maxRows, top, still = false, pinned = null, leadRow = 0, whole = true,
                  watched = null) {
  const index = lane.index;
  const items = [];
  const clusters = [];
  const rowEnd = [];
  const rowHardEnd = [];
  const rowDrafts = [];
  const overflow = new Map();
  let rowsUsed = 0;
  let overflowRowUsed = false;
  let countedWatched = false;

  const item = (e, g, row, label, labelX, labelWidth, inside) => ({
    event: e, lane: laneIndex, row, x0: g[0], x1: g[1], fuzzyX0: g[2], fuzzyX1: g[3], y: top + row * m.rowHeight,
    height: m.rowHeight, point: !e.span, label, labelX, labelWidth, inside,
  });

  /** The row kept for each pinned event in view, by event, until it is placed (LanePacker.pinnedDrafts). */
  const kept = new Map();
  /** Whether `d` would run into a pinned event kept in `row` (LanePacker.keptFor). */
  const keptFor = (row, d) => [...kept.values()].some(k => k.row === row && d.boxStart < k.fullEnd + m.itemGap
    && k.boxStart < d.fullEnd + m.itemGap);

  /** The first row in use where `d` fits after the row's last occupant (`ends`) and before the pinned event kept there. */
  const findRow = (ends, d) => {
    for (let row = 0; row < rowsUsed; row++) {
      if (ends[row] + m.itemGap <= d.boxStart && !keptFor(row, d)) {
        return row;
      }
    }
    return -1;
  };

  /**
   * The pinned events among `inView` (in time order), the step before the others, each given the first row where it
   * runs into none kept before it, its title whole (LanePacker.reservePinned).
   */
  function reservePinned(inView) {
    const most = Math.max(1, maxRows);
    for (const e of inView.filter(x => pinned.includes(x.id)).sort((a, b) => (b.id === pinned[0]) - (a.id === pinned[0]))) {
      const d = draftOf(e);
      if (d === null) {
        continue;
      }
      if (whole) {
        d.hardEnd = d.fullEnd;
      }
      let row = e.id === pinned[0] ? Math.min(leadRow, most - 1) : 0;
      while (row < most && keptFor(row, d)) {
        row++;
      }
      if (row < most) {
        d.row = row;
        kept.set(e, d);
        for (; rowsUsed <= row; rowsUsed++) {
          rowEnd[rowsUsed] = -Infinity;
          rowHardEnd[rowsUsed] = -Infinity;
        }
      }
    }
  }

  function place(e) {
    const held = kept.get(e);
    if (held) {
      kept.delete(e);
      put(held, held.row);
      return;
    }
    const d = draftOf(e);
    if (d === null) {
      return;
    }
    let row = findRow(rowEnd, d);
    if (row < 0 && rowsUsed < maxRows) {
      row = rowsUsed;
    }
    if (row < 0) {
      row = findRow(rowHardEnd, d);
    }
    if (row < 0) {
      addToOverflow(e);
      countedWatched ||= e.id === watched;
      return;
    }
    put(d, row);
  }

  function put(d, row) {
    while (rowDrafts.length <= row) {
      rowDrafts.push([]);
    }
    // Events come in time order, but one dated to a year is drawn mid-year: a row's end never moves back (the step
    // kept for its row is put there after what came before it in time, which may be drawn after it).
    const used = row < rowsUsed;
    rowsUsed = Math.max(rowsUsed, row + 1);
    rowEnd[row] = used ? Math.max(rowEnd[row], d.fullEnd) : d.fullEnd;
    rowHardEnd[row] = used ? Math.max(rowHardEnd[row], d.hardEnd) : d.hardEnd;
    d.row = row;
    rowDrafts[row].push(d);
  }

  /** Where an event and its title go in a row, or null when nothing of it would be drawn (LanePacker.draft). */
  function draftOf(e) {
    const g = geometry(e, scale, m.markerSize);
    const [x0, x1] = g;
    const point = !e.span;
    const titleWidth = measurer.width(e.label);
    let labelWidth = titleWidth;
    const gap = m.labelGap;
    const visibleFrom = Math.max(x0, 0);
    const visibleTo = Math.min(x1, width);
    // A disputed moment's rings are its marks too: a title before or after it clears them.
    const [marksFrom, marksTo] = marksExtent(e, scale, x0, x1, m.markerSize, width);
    const leftRoom = marksFrom - gap - labelWidth >= 0;
    let where;
    let labelX;
    if (!point && labelWidth + 2 * gap <= visibleTo - visibleFrom) {
      // Inside a bar, when the part of it in view has room: a bar reaching in from the left keeps its label whole.
      where = INSIDE;
      labelX = x0 + gap;
    } else if (!point && x1 > width && leftRoom) {
      // A bar running on past the right edge: the label before it.
      where = BEFORE;
      labelX = x0 - gap - labelWidth;
    } else if (!point && x1 > width && visibleTo - visibleFrom > 2 * gap + leastWidth(measurer, e.label, m.minimumLabelWidth)) {
      // Nor room before it: inside, as much as fits.
      where = INSIDE_SHORTENED;
      labelX = visibleFrom + gap;
    } else if (x1 + gap < gap && x1 + gap + labelWidth > 0) {
      // The event starts left of the view: its label is pinned at the left edge, whole, not cut mid-word.
      where = PINNED;
      labelX = gap;
      labelWidth = measurer.width(pointingBack(e.label));
    } else if (marksTo + gap + labelWidth > width && x1 <= width && leftRoom) {
      // Near the right edge the label goes before the marker, where there is room for all of it.
      where = BEFORE;
      labelX = marksFrom - gap - labelWidth;
    } else {
      where = AFTER;
      labelX = marksTo + gap;
    }
    const inside = where === INSIDE || where === INSIDE_SHORTENED;
    const boxStart = Math.min(marksFrom, labelX);
    const wholeOnRow = inside || where === BEFORE;
    const fullEnd = wholeOnRow ? marksTo : Math.max(marksTo, labelX + labelWidth);
    // A pinned label is drawn whole, so its row is taken up to its end however full the lane is.
    // The next event in the row may shorten the label, to no less than its least (leastLabel).
    const hardEnd = wholeOnRow ? marksTo : where === PINNED ? fullEnd
      : Math.max(marksTo, labelX + leastKept(measurer, e.label, labelWidth, m.minimumLabelWidth));
    if (fullEnd <= 0 && g[3] <= 0 || still && x1 <= 0 && g[3] <= 0) {
      // left of the view with its title and its band of possible dates: nothing of it would be drawn; in a still, not its title either
      return null;
    }
    return {e, g, row: -1, place: where, labelX, titleWidth, boxStart, inside, fullEnd, hardEnd};
  }

  function fitLabels() {
    for (const drafts of rowDrafts) {
      // In the order they are drawn: the step kept for its row came after events drawn right of it.
      drafts.sort((a, b) => a.boxStart - b.boxStart);
      drafts.forEach((d, k) => {
        const limit = k + 1 < drafts.length ? drafts[k + 1].boxStart - m.itemGap : Infinity;
        const title = d.e.label;
        const [x0, x1] = d.g;
        let label;
        let labelX = d.labelX;
        if (d.place === INSIDE) {
          // A long bar that starts left of the view keeps its label at the left edge.
          labelX = Math.min(Math.max(x0, 0) + m.labelGap, x1 - m.labelGap - d.titleWidth);
          labelX = Math.max(labelX, x0 + m.labelGap);
          label = title;
        } else if (d.place === INSIDE_SHORTENED) {
          label = fitLeast(measurer, title, Math.min(x1, width) - Math.max(x0, 0) - 2 * m.labelGap, m.minimumLabelWidth);
        } else if (d.place === BEFORE) {
          // its row was given room for all of it
          label = title;
        } else if (d.place === PINNED) {
          // so was a pinned one's, arrow and all; a view narrower than it ends its title in an ellipsis, after the arrow
          label = pointingBack(title);
          const pinnedWidth = measurer.width(label);
          if (labelX + pinnedWidth > width - m.labelGap) {
            const shortened = fitLeast(measurer, title, width - m.labelGap - labelX - (pinnedWidth - d.titleWidth), m.minimumLabelWidth);
            label = shortened === null ? null : pointingBack(shortened);
          }
        } else {
          // After its marker: up to the next event in the row, and, when the marker is in view, the right edge.
          const edge = x1 <= width ? width - m.labelGap : labelX + 4 * width;
          const available = Math.min(limit, edge) - labelX;
          label = fitLeast(measurer, title, available, m.minimumLabelWidth);
        }
        const labelWidth = label === null ? 0 : label === title ? d.titleWidth : measurer.width(label);
        items.push(item(d.e, d.g, d.row, label, labelX, labelWidth, d.inside));
      });
    }
    items.sort((a, b) => a.x0 - b.x0);
  }

  function addToOverflow(e) {
    const key = Math.floor(e.midSecond / (m.clusterWidth * scale.spp));
    let bucket = overflow.get(key);
    if (!bucket) {
      bucket = {count: 0, from: Infinity, to: -Infinity, first: e};
      overflow.set(key, bucket);
    }
    bucket.count++;
    bucket.from = Math.min(bucket.from, e.startSecond);
    bucket.to = Math.max(bucket.to, e.endSecond);
  }

  /**
   * The events that found no row, in the row under the others, bucket by bucket from the left: a
   * bucket of one event is drawn as that event when it stays clear of what the row holds to its left
   * and of the next bucket, its title up to the next bucket; one that would run into the bucket beside
   * it is counted with it, one that would run into a cluster on its left is counted into that; any
   * other bucket is a cluster with its count.
   */
  function addOverflowClusters() {
    const bucketSeconds = m.clusterWidth * scale.spp;
    const keys = [...overflow.keys()].sort((a, b) => a - b);
    let drawnTo = -Infinity;
    let previous = null;
    keys.forEach((key, i) => {
      const o = overflow.get(key);
      const next = i + 1 < keys.length ? overflow.get(keys[i + 1]) : null;
      const nextStart = next ? scale.xOf(keys[i + 1] * bucketSeconds) + 1 : Infinity;
      if (o.count === 1) {
        const g = geometry(o.first, scale, m.markerSize);
        const clearLeft = g[0] >= drawnTo + m.itemGap;
        const clearRight = g[1] <= nextStart - m.itemGap;
        if (clearLeft && clearRight) {
          drawnTo = addSingle(o.first, g, nextStart - m.itemGap);
          previous = null;
          return;
        }
        if (!clearRight && keys[i + 1] === key + 1) {
          next.count += 1;
          next.from = Math.min(next.from, o.from);
          next.to = Math.max(next.to, o.to);
          return;
        }
        if (previous) {
          previous.count += 1;
          previous.fromSecond = Math.min(previous.fromSecond, o.from);
          previous.toSecond = Math.max(previous.toSecond, o.to);
          return;
        }
      }
      previous = addCluster(key, o.count, o.from, o.to);
      drawnTo = previous.x1;
    });
  }

  /** A lone event in the cluster row: its marker, and as much of its title as fits before roomEnd. Returns its right end. */
  function addSingle(e, g, roomEnd) {
    const marksTo = marksExtent(e, scale, g[0], g[1], m.markerSize, width)[1];
    const labelX = marksTo + m.labelGap;
    // Up to the next bucket and, when the marker is in view, the right edge; none for a marker left of the view.
    const room = Math.min(roomEnd, g[1] <= width ? width - m.labelGap : Infinity) - labelX;
    const label = labelX < 0 ? null : fitLeast(measurer, e.label, room, m.minimumLabelWidth);
    const labelWidth = label === null ? 0 : measurer.width(label);
    items.push(item(e, g, rowsUsed, label, labelX, labelWidth, false));
    items.sort((a, b) => a.x0 - b.x0);
    overflowRowUsed = true;
    return label === null ? marksTo : labelX + labelWidth;
  }

  /** A cluster over its bucket in the row under the others. */
  function addCluster(key, count, fromSecond, toSecond) {
    const bucketSeconds = m.clusterWidth * scale.spp;
    overflowRowUsed = true;
    const cluster = {
      lane: laneIndex, row: rowsUsed, x0: scale.xOf(key * bucketSeconds) + 1, x1: scale.xOf((key + 1) * bucketSeconds) - 1,
      y: top + rowsUsed * m.rowHeight, height: m.rowHeight, count, fromSecond, toSecond,
    };
    clusters.push(cluster);
    return cluster;
  }

  /**
   * A crowded lane, bucket by bucket: counted with two binary searches each; a bucket with one or two
   * events still shows them as events, a fuller one becomes a cluster with its count.
   */
  function packDensity() {
    const bucketSeconds = m.clusterWidth * scale.spp;
    const first = Math.floor(scale.secondAt(0) / bucketSeconds);
    const last = Math.floor(scale.secondAt(width) / bucketSeconds);
    const dense = [];
    if (pinned !== null) {
      // The steps, found among the events in view (LanePacker.packDensity).
      reservePinned(index.events.slice(index.lowerBound(first * bucketSeconds), index.lowerBound((last + 1) * bucketSeconds)));
    }
    for (let key = first; key <= last; key++) {
      const from = key * bucketSeconds;
      const lo = index.lowerBound(from);
      const hi = index.lowerBound(from + bucketSeconds);
      if (hi - lo > 2) {
        for (let i = lo; i < hi && watched !== null && !countedWatched; i++) {
          countedWatched = index.events[i].id === watched; // the selected event, counted here (LanePacker.packDensity)
        }
        let keptHere = 0;
        for (let i = lo; i < hi && kept.size; i++) {
          if (kept.has(index.events[i])) {
            place(index.events[i]);
            keptHere++;
          }
        }
        dense.push([key, lo, hi, keptHere]);
      } else {
        for (let i = lo; i < hi; i++) {
          place(index.events[i]);
        }
      }
    }
    fitLabels();
    for (const [key, lo, hi, keptHere] of dense) {
      if (hi - lo - keptHere === 0) {
        continue;
      }
      let bucket = overflow.get(key);
      if (!bucket) {
        bucket = {count: 0, from: Infinity, to: -Infinity, first: null};
        overflow.set(key, bucket);
      }
      bucket.count += hi - lo - keptHere;
      bucket.from = Math.min(bucket.from, index.starts[lo]);
      bucket.to = Math.max(bucket.to, index.ends[hi - 1], index.starts[hi - 1]);
    }
    addOverflowClusters();
  }

  // Labels of events that start left of the view may reach into it.
  const margin = Math.min(width, 40 * m.lineHeight);
  const from = scale.secondAt(-margin);
  const to = scale.secondAt(width + m.markerSize);
  // More events in view than a few rows could label: decided up front, so a frame costs the same however big the file.
  if (index.countStarting(from, to) > Math.max(150, width / 10)) {
    packDensity();
  } else {
    if (pinned !== null) {
      const inView = [];
      index.forEachOverlapping(from, to, i => inView.push(index.events[i]));
      reservePinned(inView);
    }
    index.forEachOverlapping(from, to, i => place(index.events[i]));
    fitLabels();
    addOverflowClusters();
  }
  return {items, clusters, rows: Math.max(1, rowsUsed + (overflowRowUsed ? 1 : 0)), rowsUsed, countedWatched};
}

const itemLeft = it => (it.label === null || it.inside ? it.x0 : Math.min(it.x0, it.labelX));
const itemRight = it => (it.label === null || it.inside ? it.x1 : Math.max(it.x1, it.labelX + it.labelWidth));

/** The event or cluster at x and laneY (from the top of the lane area, unscrolled), or null. Events drawn later win. */
function hitTest(layout, x, laneY) {
  for (let i = layout.items.length - 1; i >= 0; i--) {
    const it = layout.items[i];
    if (x >= itemLeft(it) - 2 && x <= itemRight(it) + 2 && laneY >= it.y && laneY <= it.y + it.height) {
      return it;
    }
  }
  return layout.clusters.find(c => x >= c.x0 && x <= c.x1 && laneY >= c.y && laneY <= c.y + c.height) || null;
}

/**
 * Where the axis, the eras and the scrolled lanes are on a drawing of this size. bottomInset is how much
 * of its foot something covers (the phone's details bar): the lanes scroll that much further, so that
 * the last of them can be brought out from under it.
 */
function frameOf(layout, width, height, scroll, centred, axisHeight, bottomInset = 0) {
  const eraHeight = layout.eraRows * layout.metrics.eraRowHeight;
  const lanesTop = axisHeight + eraHeight;
  const lanesHeight = Math.max(0, height - lanesTop);
  const maxScroll = Math.max(0, layout.contentHeight - Math.max(0, lanesHeight - bottomInset));
  let laneScroll = Math.max(0, Math.min(scroll, maxScroll));
  if (centred && layout.contentHeight < lanesHeight) {
    laneScroll = -(lanesHeight - layout.contentHeight) / 2; // a negative scroll moves the lanes down
  }
  return {width, height, axisHeight, eraHeight, lanesTop, lanesHeight, laneScroll, maxScroll};
}

// ---- Colours and style ----

/** A colour from "#rgb", "#rrggbb" or "#rrggbbaa", as {r, g, b, a} from 0 to 1; null when it is none of these. */
function parseColor(text) {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec((text || '').trim());
  if (!hex) {
    return null;
  }
  const digits = hex[1].length === 3 ? hex[1].replace(/./g, '$&$&') : hex[1];
  const part = i => parseInt(digits.substr(i * 2, 2), 16) / 255;
  return {r: part(0), g: part(1), b: part(2), a: digits.length === 8 ? part(3) : 1};
}

/** The colour as CSS, its opacity multiplied by alpha (JavaFX's deriveColor(0, 1, 1, alpha)). */
const rgba = (c, alpha = 1) => `rgba(${Math.round(c.r * 255)},${Math.round(c.g * 255)},${Math.round(c.b * 255)},${c.a * alpha})`;

/** JavaFX's deriveColor(0, saturation, brightness, opacity): the factors applied in HSB, clamped. */
function derive(c, saturation, brightness, opacity) {
  const max = Math.max(c.r, c.g, c.b);
  const min = Math.min(c.r, c.g, c.b);
  const d = max - min;
  const hue = d === 0 ? 0 : max === c.r ? ((c.g - c.b) / d + 6) % 6 : max === c.g ? (c.b - c.r) / d + 2 : (c.r - c.g) / d + 4;
  const s = Math.min(1, (max === 0 ? 0 : d / max) * saturation);
  const v = Math.min(1, max * brightness);
  const channel = n => {
    const k = (n + hue) % 6;
    return v - v * s * Math.max(0, Math.min(k, 4 - k, 1));
  };
  return {r: channel(5), g: channel(3), b: channel(1), a: Math.min(1, c.a * opacity)};
}

/** The category colours from the file; a missing or invalid one takes the stylesheet's default. */
const categoryColors = new Map(data.categories.map(c => [c.id, parseColor(c.color)]));

/** The timeline's colour properties (see viewer.css), read from CSS so that themes only change tokens there. */
const STYLE_COLORS = ['background', 'axis-background', 'axis-text', 'axis-context-text', 'grid', 'grid-major', 'lane-stripe',
  'lane-header-text', 'label-text', 'label-on-dark', 'label-on-light', 'event-default', 'selection', 'selection-fill', 'hover',
  'today', 'era-text', 'era-default', 'cluster-fill', 'cluster-text', 'match'];

/** Colours and fonts for a canvas, from its computed style: label font from the canvas's own font, the others sized from it. */
function readStyle(canvas) {
  const css = getComputedStyle(canvas);
  const style = {};
  for (const name of STYLE_COLORS) {
    const key = name.replace(/-(\w)/g, (all, c) => c.toUpperCase());
    style[key] = parseColor(css.getPropertyValue('--tl-' + name)) || {r: 0.5, g: 0.5, b: 0.5, a: 1};
  }
  const size = parseFloat(css.fontSize);
  const axisSize = size * parseFloat(css.getPropertyValue('--tl-axis-scale'));
  const family = css.fontFamily;
  style.labelFont = `${css.fontWeight} ${size}px ${family}`;
  style.labelSize = size;
  style.labelFontSized = px => `${css.fontWeight} ${px}px ${family}`;
  style.axisFont = `${axisSize}px ${family}`;
  style.contextFont = `bold ${axisSize}px ${family}`;
  style.headerFont = `bold ${size * 0.85}px ${family}`;
  style.textContrast = parseFloat(css.getPropertyValue('--tl-text-contrast')) || 4.5;
  return style;
}

const colorOf = (categoryId, s) => (categoryId != null && categoryColors.get(categoryId)) || s.eventDefault;
/** MarkerShape: lanes differ by shape as well as colour, the categories taking the shapes in file order. */
const SHAPES = ['circle', 'square', 'diamond', 'triangle', 'invertedTriangle', 'hexagon'];
const categoryShapes = new Map(data.categories.map((c, i) => [c.id, SHAPES[i % SHAPES.length]]));
const shapeOf = categoryId => (categoryId != null && categoryShapes.get(categoryId)) || 'circle';

/** TextColours.onColour: light text on dark bars, dark text on light ones. */
function textOn(color, s) {
  return 0.2126 * color.r + 0.7152 * color.g + 0.0722 * color.b < 0.55 ? s.labelOnDark : s.labelOnLight;
}

/** TextColours.contrast: the WCAG contrast ratio of two opaque colours. */
function contrast(a, b) {
  const linear = v => (v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
  const luminance = c => 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** TextColours.eraNameBeside: in the era's colour, mixed towards the label colour as far as it takes to read at the theme's text contrast. */
function eraNameBeside(color, s) {
  const text = s.labelText;
  for (let step = 0; step <= 10; step++) {
    const t = step / 10;
    const mixed = {r: color.r * (1 - t) + text.r * t, g: color.g * (1 - t) + text.g * t, b: color.b * (1 - t) + text.b * t, a: 1};
    if (contrast(mixed, s.background) >= s.textContrast) {
      return mixed;
    }
  }
  return text;
}

/** TextColours.eraBand: an era's band as it looks, its colour translucent over the background. */
function eraBand(color, s, opacity) {
  const b = s.background;
  const a = opacity * color.a;
  return {r: color.r * a + b.r * (1 - a), g: color.g * a + b.g * (1 - a), b: color.b * a + b.b * (1 - a), a: 1};
}

/** TextColours.eraTextOn: the era text colour, or the label colour for such a band when that reads better. */
function eraTextOn(color, s, opacity) {
  const band = eraBand(color, s, opacity);
  const other = textOn(band, s);
  return contrast(s.eraText, band) >= contrast(other, band) ? s.eraText : other;
}

/**
 * TextColours.eraOpacity: an era's band at 55% over the background, or fainter where its name would
 * not read on that at 4.5:1 (a light era colour on the dark theme made a mid-grey band).
 */
function eraOpacity(color, s) {
  for (let opacity = 0.55; opacity > 0.15; opacity -= 0.05) {
    if (contrast(eraTextOn(color, s, opacity), eraBand(color, s, opacity)) >= 4.5) {
      return opacity;
    }
  }
  return 0.15;
}

/** "123", "1.2k", "3.4M" for a cluster's count. */
function compactCount(count) {
  if (count < 1000) {
    return String(count);
  }
  return count < 1e6 ? msg('web.count.thousands', (Math.floor(count / 100) / 10).toFixed(1))
    : msg('web.count.millions', (Math.floor(count / 100000) / 10).toFixed(1));
}

// ---- Painting (TimelinePainter) ----

/** JavaFX's round rectangles take the arcs' diameters; the canvas wants radii. */
function roundRect(ctx, x, y, w, h, arc) {
  if (w > 0 && h > 0) {
    ctx.beginPath();
    ctx.roundRect(x, y, w, h, Math.min(arc / 2, w / 2, h / 2));
    ctx.fill();
  }
}

/** A one-pixel line as a whole-pixel rectangle: sharp, and cheaper than a stroked path. */
const verticalLine = (ctx, x, top, bottom) => ctx.fillRect(Math.floor(x), Math.floor(top), 1, Math.ceil(bottom) - Math.floor(top));
const horizontalLine = (ctx, left, right, y) => ctx.fillRect(Math.floor(left), Math.floor(y), Math.ceil(right) - Math.floor(left), 1);

/**
 * Paints a layout: what is selected, found or hovered comes from marks {selectedId, matches (a Set or
 * null), hoveredId}. Returns the selected event's title as drawn over its label, or null.
 */
function paint(ctx, layout, f, s, marks) {
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.fillStyle = rgba(s.background);
  ctx.fillRect(0, 0, f.width, f.height);
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, f.lanesTop, f.width, f.lanesHeight);
  ctx.clip();
  paintLaneBackgrounds(ctx, layout, f, s);
  paintEraBands(ctx, layout, f, s);
  paintGrid(ctx, layout, f, s);
  // Under the events and their titles in the lanes, so that it crosses no text there.
  paintToday(ctx, layout, f, s, f.lanesTop, f.lanesTop + f.lanesHeight);
  const selectedTitle = selectedTitlePlate(layout, f, s, marks);
  paintItems(ctx, layout, f, s, marks, selectedTitle);
  paintClusters(ctx, layout, f, s);
  paintSelectedTitle(ctx, s, selectedTitle);
  paintLaneHeaders(ctx, layout, f, s);
  paintScrollIndicator(ctx, layout, f, s);
  ctx.restore();
  // Above the lanes too the today line runs under the text: the axis's years and the eras' names.
  paintEraRibbons(ctx, layout, f, s);
  paintAxis(ctx, layout, f, s);
  return selectedTitle;
}

function paintLaneBackgrounds(ctx, layout, f, s) {
  layout.lanes.forEach((lane, i) => {
    const y = f.lanesTop + lane.y - f.laneScroll;
    if (i % 2 === 1) {
      ctx.fillStyle = rgba(s.laneStripe);
      ctx.fillRect(0, y, f.width, lane.height);
    }
    ctx.fillStyle = rgba(s.gridMajor);
    horizontalLine(ctx, 0, f.width, y + lane.height);
  });
}

function paintLaneHeaders(ctx, layout, f, s) {
  const headerHeight = layout.metrics.laneHeaderHeight;
  const dot = layout.metrics.markerSize * 0.8;
  ctx.font = s.headerFont;
  for (const {lane, y: laneY} of layout.lanes) {
    if (lane.name) {
      const y = f.lanesTop + laneY - f.laneScroll;
      ctx.fillStyle = rgba(colorOf(lane.categoryId, s));
      fillShape(ctx, shapeOf(lane.categoryId), 8 + dot / 2, y + headerHeight / 2 + 2, dot);
      ctx.fillStyle = rgba(s.laneHeaderText);
      fillLabel(ctx, lane.name, 8 + dot + 6, y + headerHeight / 2 + 2);
    }
  }
}

function paintEraBands(ctx, layout, f, s) {
  for (const era of layout.eras) {
    ctx.fillStyle = rgba(parseColor(era.era.color) || s.eraDefault, 0.16);
    const x0 = Math.max(era.x0, -1);
    ctx.fillRect(x0, f.lanesTop, Math.min(era.x1, f.width + 1) - x0, f.lanesHeight);
  }
}

function paintEraRibbons(ctx, layout, f, s) {
  if (f.eraHeight <= 0) {
    return;
  }
  ctx.fillStyle = rgba(s.background);
  ctx.fillRect(0, f.axisHeight, f.width, f.eraHeight);
  paintToday(ctx, layout, f, s, f.axisHeight, f.axisHeight + f.eraHeight);
  const rowHeight = layout.metrics.eraRowHeight;
  ctx.font = s.axisFont;
  for (const era of layout.eras) {
    const y = f.axisHeight + era.row * rowHeight + 2;
    const x0 = Math.max(era.x0, -4);
    const color = parseColor(era.era.color) || s.eraDefault;
    const opacity = eraOpacity(color, s);
    ctx.fillStyle = rgba(color, opacity);
    roundRect(ctx, x0, y, Math.min(era.x1, f.width + 4) - x0, rowHeight - 4, 6);
    if (era.label !== null) {
      ctx.fillStyle = rgba(era.outside ? eraNameBeside(color, s) : eraTextOn(color, s, opacity));
      fillLabel(ctx, era.label, era.labelX, y + (rowHeight - 4) / 2);
    }
  }
  ctx.fillStyle = rgba(s.gridMajor);
  horizontalLine(ctx, 0, f.width, f.axisHeight + f.eraHeight);
}

function paintGrid(ctx, layout, f, s) {
  ctx.fillStyle = rgba(s.grid);
  for (const tick of layout.axis.lower) {
    verticalLine(ctx, tick.x, f.lanesTop, f.lanesTop + f.lanesHeight);
  }
  ctx.fillStyle = rgba(s.gridMajor);
  for (const tick of layout.axis.upper) {
    verticalLine(ctx, tick.x, f.lanesTop, f.lanesTop + f.lanesHeight);
  }
}

/** TimelinePainter.LABEL_PLATE_OPACITY: a plate of the background under a title a line runs under. */
const LABEL_PLATE_OPACITY = 0.88;

function paintItems(ctx, layout, f, s, marks, whole) {
  const m = layout.metrics;
  const offset = f.lanesTop - f.laneScroll;
  const todayX = layout.scale.xOf(Date.now() / 1000);
  ctx.font = s.labelFont;
  for (const item of layout.items) {
    const top = item.y + offset;
    if (top > f.lanesTop + f.lanesHeight || top + item.height < f.lanesTop) {
      continue;
    }
    const e = item.event;
    const selected = e.id === marks.selectedId;
    const match = marks.matches !== null && marks.matches.has(e.id);
    const left = itemLeft(item);
    const right = itemRight(item);
    // While searching, what did not match steps back so that the matches stand out.
    ctx.globalAlpha = marks.matches === null || match || selected ? 1 : 0.22;
    if (item.label !== null && !item.inside && todayX >= item.labelX - 2 && todayX <= item.labelX + item.labelWidth + 2) {
      // The today line runs under the title: a plate of the background keeps it readable (between its letters the
      // line struck it through).
      ctx.fillStyle = rgba(s.background, LABEL_PLATE_OPACITY);
      roundRect(ctx, item.labelX - 3, top + 2, item.labelWidth + 6, item.height - 4, 6);
    }
    if (match) {
      ctx.fillStyle = rgba(s.match);
      roundRect(ctx, left - 5, top + 2, right - left + 10, item.height - 4, 10);
    }
    const mid = top + item.height / 2;
    // A bar with its title inside is as tall as the text, which spilled over a thinner one.
    const barHeight = item.inside ? Math.ceil(m.lineHeight * 1.15) : m.markerSize;
    const color = colorOf(e.category, s);
    if (selected || e.id === marks.hoveredId) {
      ctx.fillStyle = rgba(selected ? s.selectionFill : s.hover);
      roundRect(ctx, left - 4, top + 1, right - left + 8, item.height - 2, 8);
      if (selected && (match || s.selectionFill.a >= 1 && contrast(s.selectionFill, s.background) < 3)) {
        // An edge: on a match's yellow the selection's tint alone read as one more match; a solid band under 3:1, as the
        // dark room's, is seen by it (TimelinePainter.bandNeedsEdge).
        ctx.strokeStyle = rgba(s.selection);
        ctx.lineWidth = 1.5;
        ctx.beginPath();
        ctx.roundRect(left - 3.25, top + 1.75, right - left + 6.5, item.height - 3.5, 4);
        ctx.stroke();
      }
    }
    if (item.fuzzyX1 - item.fuzzyX0 > item.x1 - item.x0 + 1) {
      // The interval the date's precision allows, pale.
      const h = item.point ? barHeight * 0.55 : barHeight;
      ctx.fillStyle = rgba(color, 0.22);
      roundRect(ctx, item.fuzzyX0, mid - h / 2, item.fuzzyX1 - item.fuzzyX0, h, h);
    }
    if (item.point) {
      paintRings(ctx, item, mid, m.markerSize, color, layout.scale);
      paintMarker(ctx, item, mid, color, e.approximate, shapeOf(e.category));
    } else {
      paintBar(ctx, item, mid, barHeight, color, e.approximate);
    }
    if (selected) {
      ctx.strokeStyle = rgba(s.selection);
      ctx.lineWidth = 2.5;
      ctx.beginPath();
      if (item.point) {
        ctx.arc((item.x0 + item.x1) / 2, mid, (m.markerSize + 5) / 2, 0, 2 * Math.PI);
      } else {
        ctx.roundRect(item.x0 - 2, mid - barHeight / 2 - 2, item.x1 - item.x0 + 4, barHeight + 4, 3);
      }
      ctx.stroke();
    }
    // Not its own title under the whole one: drawn smaller, the plate left the shortened label's end out (TimelinePainter).
    if (item.label !== null && whole?.item !== item && !cutBy(whole, item, top)) {
      ctx.fillStyle = rgba(item.inside ? textOn(color, s) : s.labelText);
      fillLabel(ctx, item.label, item.labelX, mid + 0.5);
    }
  }
  ctx.globalAlpha = 1;
}

/**
 * WholeTitle.cuts: whether the selected title drawn whole covers part of this other event's
 * title, or its marker, which is then left out ("SALT I Interim Agreement signed signed in Paris"
 * read as one title; "INF Treaty signed Vienna Document 1999 adopted").
 */
function cutBy(whole, item, top) {
  if (!whole || item === whole.item || item.label === null || Math.abs(top - (whole.y - 1)) > 0.5) {
    return false;
  }
  const start = item.labelX;
  const end = start + item.labelWidth;
  const plateEnd = whole.x + whole.width;
  // A point's marker, or where a bar starts (its label is by its start): under the plate, its label would run on from it.
  const markEnd = item.point ? item.x1 : item.x0;
  const markerUnder = item.x0 < plateEnd && markEnd >= whole.x;
  return markerUnder || start < plateEnd && end > whole.x && (start < whole.x || end > plateEnd);
}

/** How much smaller than the labels the selected title may be drawn to be whole, largest first (WholeTitle.SCALES). */
const WHOLE_TITLE_SCALES = [1, 0.9, 0.8];
/** The smallest the selected title is drawn to be whole, in pixels (WholeTitle.LEAST_SIZE). */
const LEAST_WHOLE_TITLE_SIZE = 12;

/**
 * The selected event's title whole where its row left room for only part of it ("CF…" beside the
 * selected CFE Treaty at fit-all): over what follows it, on the selection's band, as far as the
 * view's edge, a little smaller than the labels where that makes it whole (WholeTitle.of).
 * Where it goes (WholeTitle), or null.
 */
function selectedTitlePlate(layout, f, s, marks) {
  const item = marks.selectedId == null ? null : layout.items.find(i => i.event.id === marks.selectedId);
  if (!item || item.label === null || item.inside || item.label === item.event.label || item.label === pointingBack(item.event.label)) {
    // whole already: as itself, or pinned with its arrow
    return null;
  }
  const top = item.y + f.lanesTop - f.laneScroll;
  // A title before its marker (the marker near the right edge) grows to the left, one after it to the right.
  const before = item.labelX < item.x0;
  const end = item.labelX + item.labelWidth;
  const room = before ? end - 4 : f.width - 4 - item.labelX;
  if (room <= item.labelWidth + 1 || top > f.lanesTop + f.lanesHeight || top + item.height < f.lanesTop) {
    return null;
  }
  let font = null;
  let whole = null;
  for (const scale of WHOLE_TITLE_SCALES) {
    const size = s.labelSize * scale;
    if (scale < 1 && size < LEAST_WHOLE_TITLE_SIZE) {
      break;
    }
    const smaller = scale === 1 ? s.labelFont : s.labelFontSized(size);
    const fitted = canvasMeasurer(smaller).fit(item.event.label, room);
    if (fitted !== null) {
      font = smaller;
      whole = fitted;
      if (fitted === item.event.label) {
        break;
      }
    }
  }
  if (whole === null) {
    return null;
  }
  const width = canvasMeasurer(font).width(whole);
  const x = before ? end - width : item.labelX;
  return {item, text: whole, font, x: x - 4, y: top + 1, width: width + 8, height: item.height - 2};
}

/** Draws the selected title whole where selectedTitlePlate put it, over the events after it (WholeTitle.paint). */
function paintSelectedTitle(ctx, s, plate) {
  if (!plate) {
    return;
  }
  const item = plate.item;
  const x = plate.x + 4;
  const top = plate.y - 1;
  const width = plate.width - 8;
  // The selection's band under the text only: the marker and its ring, drawn already, stay as they are.
  ctx.fillStyle = rgba(s.background);
  roundRect(ctx, x - 4, top + 1, width + 8, item.height - 2, 8);
  ctx.fillStyle = rgba(s.selectionFill);
  roundRect(ctx, x - 4, top + 1, width + 8, item.height - 2, 8);
  // An edge, so that it reads as lying over its neighbours, not as running into them.
  ctx.strokeStyle = rgba(s.selection);
  ctx.lineWidth = 1;
  ctx.beginPath();
  // as the band's (roundRect halves its arc)
  ctx.roundRect(x - 3.5, top + 1.5, width + 7, item.height - 3, 4);
  ctx.stroke();
  ctx.font = plate.font;
  ctx.fillStyle = rgba(s.labelText);
  fillLabel(ctx, plate.text, x, top + item.height / 2 + 0.5);
}

function circle(ctx, cx, cy, r) {
  ctx.beginPath();
  ctx.arc(cx, cy, r, 0, 2 * Math.PI);
  ctx.fill();
}

/** A marker's shape centred on (cx, cy), d across, as MarkerShape draws it. */
function fillShape(ctx, shape, cx, cy, d) {
  const r = d / 2;
  const h = r * 1.2;
  const poly = points => {
    ctx.beginPath();
    points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
    ctx.closePath();
    ctx.fill();
  };
  switch (shape) {
    case 'square': ctx.fillRect(cx - r * 0.9, cy - r * 0.9, r * 1.8, r * 1.8); break;
    case 'diamond': poly([[cx, cy - h], [cx + h, cy], [cx, cy + h], [cx - h, cy]]); break;
    case 'triangle': poly([[cx, cy - h], [cx + h, cy + h * 0.8], [cx - h, cy + h * 0.8]]); break;
    case 'invertedTriangle': poly([[cx - h, cy - h * 0.8], [cx + h, cy - h * 0.8], [cx, cy + h]]); break;
    case 'hexagon': poly([0, 1, 2, 3, 4, 5].map(i => [cx + r * 1.05 * Math.cos(Math.PI / 3 * i), cy + r * 1.05 * Math.sin(Math.PI / 3 * i)])); break;
    default: circle(ctx, cx, cy, r);
  }
}

/** EventGlyphs.alternatives: a hollow ring at each other date a disputed moment's sources give, joined to its marker. */
function paintRings(ctx, item, mid, size, color, scale) {
  const cx = (item.x0 + item.x1) / 2;
  ctx.strokeStyle = rgba(color);
  ctx.lineWidth = 1.5;
  for (const x of ringCentres(item.event, scale, cx, size)) {
    ctx.fillStyle = rgba(color, 0.6);
    ctx.fillRect(Math.min(x, cx), mid - 0.5, Math.abs(x - cx), 1);
    ctx.beginPath();
    ctx.arc(x, mid, size / 2 - 1, 0, 2 * Math.PI);
    ctx.stroke();
  }
}

function paintMarker(ctx, item, mid, color, approximate, shape) {
  const d = item.x1 - item.x0;
  const cx = (item.x0 + item.x1) / 2;
  if (approximate) {
    // A soft halo instead of a hard edge: the date is not exactly known.
    ctx.fillStyle = rgba(color, 0.16);
    for (let ring = 3; ring >= 1; ring--) {
      circle(ctx, cx, mid, d / 2 + ring * 1.6);
    }
    ctx.fillStyle = rgba(derive(color, 0.8, 1.1, 0.85));
  } else {
    ctx.fillStyle = rgba(color);
  }
  fillShape(ctx, shape, cx, mid, d);
}

function paintBar(ctx, item, mid, barHeight, color, approximate) {
  const w = item.x1 - item.x0;
  if (approximate && w > 12) {
    // Faded ends: when it began and ended is not exactly known.
    const fade = Math.min(w / 4, 24) / w;
    const gradient = ctx.createLinearGradient(item.x0, 0, item.x1, 0);
    gradient.addColorStop(0, rgba(color, 0.25));
    gradient.addColorStop(fade, rgba(color));
    gradient.addColorStop(1 - fade, rgba(color));
    gradient.addColorStop(1, rgba(color, 0.25));
    ctx.fillStyle = gradient;
  } else {
    ctx.fillStyle = rgba(color);
  }
  roundRect(ctx, item.x0, mid - barHeight / 2, w, barHeight, 5);
}

function paintClusters(ctx, layout, f, s) {
  ctx.font = s.axisFont;
  ctx.textAlign = 'center';
  for (const cluster of layout.clusters) {
    const {x, y, width: w, height: h} = clusterPill(cluster, layout, f);
    ctx.fillStyle = rgba(s.clusterFill);
    roundRect(ctx, x, y, w, h, h);
    ctx.fillStyle = rgba(s.clusterText);
    ctx.fillText(compactCount(cluster.count), x + w / 2, y + h / 2 + 0.5, w - 4);
  }
  ctx.textAlign = 'left';
}

/**
 * Where a cluster's pill is drawn, as the window draws it: a twelfth of its height in from its
 * bucket's edges, so that clusters side by side stay apart at any text size (2 px apart, their
 * round ends read as one bar at 200%).
 */
function clusterPill(cluster, layout, f) {
  const h = layout.metrics.rowHeight - 6;
  const inset = h / 12;
  return {x: cluster.x0 + inset, y: cluster.y + f.lanesTop - f.laneScroll + 3, width: Math.max(cluster.x1 - cluster.x0 - 2 * inset, 4), height: h};
}

/** The window's lanes have a scroll bar; here a thin thumb at the right edge says how far down the lanes are scrolled. */
function paintScrollIndicator(ctx, layout, f, s) {
  if (f.maxScroll <= 0) {
    return;
  }
  const h = Math.max(24, f.lanesHeight * f.lanesHeight / layout.contentHeight);
  ctx.fillStyle = rgba(s.clusterFill, 0.5);
  roundRect(ctx, f.width - 6, f.lanesTop + (f.lanesHeight - h) * f.laneScroll / f.maxScroll, 4, h, 4);
}

function paintAxis(ctx, layout, f, s) {
  const tier = f.axisHeight / 2;
  ctx.fillStyle = rgba(s.axisBackground);
  ctx.fillRect(0, 0, f.width, f.axisHeight);
  paintToday(ctx, layout, f, s, tier, f.axisHeight);
  ctx.fillStyle = rgba(s.gridMajor);
  horizontalLine(ctx, 0, f.width, f.axisHeight);

  // Upper tier: context labels that stick to the left edge until the next one pushes them away.
  ctx.font = s.contextFont;
  const contextWidth = canvasMeasurer(s.contextFont).width;
  const upper = layout.axis.upper;
  // Every name whole where all have room, else every one short (ScalePainter).
  const whole = upper.every((tick, i) => tick.x < 0
    || tick.x + LABEL_INSET + contextWidth(tick.label) + LABEL_GAP <= (i + 1 < upper.length ? upper[i + 1].x : Infinity));
  upper.forEach((tick, i) => {
    if (tick.x >= 0) {
      ctx.fillStyle = rgba(s.gridMajor);
      verticalLine(ctx, tick.x, 0, f.axisHeight);
    }
    const next = i + 1 < upper.length ? upper[i + 1].x : f.width;
    // Shortened where the whole name has no room (ScalePainter): every other month went unnamed on a projector.
    for (const label of whole ? [tick.label, tick.shortLabel] : [tick.shortLabel]) {
      const x = Math.min(Math.max(tick.x, 0) + LABEL_INSET, next - LABEL_GAP - contextWidth(label));
      if (x >= Math.max(tick.x, 0) + 0.5 - 1e-9 || (x >= 0 && tick.x < 0)) {
        ctx.fillStyle = rgba(s.axisContextText);
        ctx.fillText(label, x, tier / 2 + 1);
        break;
      }
    }
  });

  // Lower tier: the chosen unit's ticks, labels only where they fit entirely.
  ctx.font = s.axisFont;
  const width = canvasMeasurer(s.axisFont).width;
  for (const tick of layout.axis.lower) {
    ctx.fillStyle = rgba(s.gridMajor);
    verticalLine(ctx, tick.x, tier + tier * 0.55, f.axisHeight);
    const x = tick.x + LABEL_INSET;
    if (x >= 0 && x + width(tick.label) <= f.width) {
      ctx.fillStyle = rgba(s.axisText);
      ctx.fillText(tick.label, x, tier + tier / 2);
    }
  }
}

/** The today line from top to bottom. */
function paintToday(ctx, layout, f, s, top, bottom) {
  const x = layout.scale.xOf(Date.now() / 1000);
  if (x >= 0 && x <= f.width) {
    ctx.fillStyle = rgba(s.today);
    ctx.fillRect(Math.floor(x) - 0.5, top, 2, bottom - top);
  }
}

// ---- The timeline on a canvas (TimelineView, ViewAnimator) ----

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

/**
 * A timeline drawn on a canvas: its content, scale, lane scroll and marks. Whatever changes asks for a
 * frame, and at most once per animation frame the canvas is drawn as things are then.
 */
class TimelineView {
  constructor(canvas, mode, centred) {
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
    this.mode = mode;
    this.centred = centred;
    this.content = makeContent([]);
    this.scale = new Scale(0, DAY);
    this.width = 0;
    this.height = 0;
    this.laneScroll = 0;
    this.selectedId = null;
    this.matches = null;
    this.hoveredId = null;
    /** An event to scroll into view vertically once a layout places it. */
    this.pendingReveal = null;
    /** How much of the drawing's foot is covered (frameOf). */
    this.bottomInset = 0;
    this.animation = null;
    /** The period of the step presented, [from, to]: a slide's (see layoutTimeline); null for a view that scrolls. */
    this.slidePeriod = null;
    this.drawn = null;
    this.layoutCache = null;
    this.frameRequested = false;
    this.onDraw = () => {};
    this.restyle();
  }

  /** Reads the colours and fonts again (the theme or the type size changed). */
  restyle() {
    this.style = readStyle(this.canvas);
    this.labels = canvasMeasurer(this.style.labelFont);
    this.axisMeasurer = canvasMeasurer(this.style.axisFont);
    this.metrics = metricsFor(this.labels.lineHeight);
    this.axisHeight = 2 * Math.ceil(this.axisMeasurer.lineHeight * 1.55);
    this.requestDraw();
  }

  setContent(content) {
    this.content = content;
    this.requestDraw();
  }

  /** The drawing area's new size; the same period stays in view when it narrows or widens, as a map keeps its place. */
  setViewport(width, height) {
    if (width !== this.width || height !== this.height) {
      this.keepSelectedInView();
    }
    if (this.width > 0 && width > 0 && width !== this.width && !this.animation) {
      this.scale = new Scale(this.scale.start, this.scale.spp * this.width / width);
    }
    this.width = width;
    this.height = height;
    this.requestDraw();
  }

  setScale(scale) {
    this.scale = scale;
    this.requestDraw();
  }

  /**
   * Keeps the selected event in the lanes' view as the drawing area changes size, where it was drawn in view
   * before: the rows pack anew at another width (LaneReveal.keepInView).
   */
  keepSelectedInView() {
    const drawn = this.drawn;
    if (this.selectedId === null || this.pendingReveal || !drawn) {
      return;
    }
    const item = drawn.layout.items.find(it => it.event.id === this.selectedId);
    const f = drawn.frame;
    if (item && item.y + item.height > f.laneScroll && item.y < f.laneScroll + f.lanesHeight && itemRight(item) >= 0
      && itemLeft(item) <= f.width) {
      this.pendingReveal = item.event;
    }
  }

  /** How much of the drawing's foot something covers; when it has just come, the selected event is brought out from under it. */
  setBottomInset(inset, appeared) {
    const rounded = Math.max(0, Math.round(inset));
    if (rounded !== this.bottomInset) {
      this.bottomInset = rounded;
      if (appeared && rounded > 0 && this.selectedId !== null) {
        this.pendingReveal = this.content.events[this.content.position.get(this.selectedId)] || this.pendingReveal;
      }
      this.requestDraw();
    }
  }

  requestDraw() {
    if (!this.frameRequested) {
      this.frameRequested = true;
      requestAnimationFrame(() => this.frameRequested && this.draw());
    }
  }

  /** Draws the frame now. */
  draw() {
    this.frameRequested = false;
    const {width, height, canvas} = this;
    if (width <= 0 || height <= 0) {
      return;
    }
    const dpr = fitCanvas(canvas, width, height);
    const layout = this.layout();
    let frame = frameOf(layout, width, height, this.laneScroll, this.centred, this.axisHeight, this.bottomInset);
    this.laneScroll = Math.min(this.laneScroll, frame.maxScroll);
    if (this.scrollToPendingReveal(layout, frame)) {
      frame = frameOf(layout, width, height, this.laneScroll, this.centred, this.axisHeight, this.bottomInset);
    }
    this.ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const selectedTitle = paint(this.ctx, layout, frame, this.style, this);
    this.drawn = {layout, frame, selectedTitle};
    this.onDraw();
  }

  /** The layout for the current content, scale, size and type; the last one when none of them changed. */
  layout() {
    // The rows depend on the selected event (kept out of the clusters); a slide's on the height and the next step too.
    const slide = this.slidePeriod !== null;
    const key = [this.content, this.scale, this.width, this.style, this.slidePeriod, slide && this.height, this.selectedId,
      slide && this.nextId];
    const cache = this.layoutCache;
    if (!cache || key.some((k, i) => k !== cache.key[i])) {
      const full = this.layoutWithRows(null);
      this.layoutCache = {key, layout: slide ? this.withRowsThatFit(full) : full};
    }
    return this.layoutCache.layout;
  }

  /** The layout with at most `rows` rows per lane; with null, as many as rowsPerLane. */
  layoutWithRows(rows) {
    // A slide's step is given its row first, never counted into a cluster, then the next step; the selected event
    // otherwise kept out of the clusters (TimelineView.screenPacking).
    const slide = this.slidePeriod !== null;
    return layoutTimeline(this.content, this.mode, this.scale, this.width, this.labels, this.axisMeasurer.width, this.metrics,
      this.slidePeriod, rows, slide ? [this.selectedId, this.nextId] : null, slide ? null : this.selectedId);
  }

  /**
   * TimelineViewSkin.withRowsThatFit: a slide, which does not scroll, with as many rows per lane as its height holds,
   * fewer until it fits (at least one), the rest counted into clusters. At the largest type on a 1024 x 768 projector
   * its lanes scrolled, and their last row was cut at the foot. The step takes its row first; where even so it would
   * be counted into a cluster (more steps than rows at one moment), the lanes scroll to it instead.
   */
  withRowsThatFit(full) {
    const lanesHeight = frameOf(full, this.width, this.height, 0, false, this.axisHeight).lanesHeight;
    if (full.contentHeight <= lanesHeight) {
      return full;
    }
    // A first guess from the rows' height (a row is kept for the clusters), then fewer while it does not fit.
    let rows = Math.min(rowsPerLane(this.mode) - 1, Math.max(1, Math.floor(lanesHeight / full.metrics.rowHeight) - 1));
    let fitting = this.layoutWithRows(rows);
    while (rows > 1 && fitting.contentHeight > lanesHeight) {
      rows--;
      fitting = this.layoutWithRows(rows);
    }
    const drawn = layout => layout.items.some(it => it.event.id === this.selectedId);
    return this.selectedId !== null && drawn(full) && !drawn(fitting) ? full : fitting;
  }

  /** Scrolls the lanes so the event waiting to be revealed is in view, once a layout places it; true when the scroll changed. */
  scrollToPendingReveal(layout, frame) {
    const e = this.pendingReveal;
    if (!e) {
      return false;
    }
    let top = NaN;
    let bottom = NaN;
    const item = layout.items.find(it => it.event === e);
    if (item) {
      top = item.y;
      bottom = item.y + item.height;
      if (!this.animation) {
        this.pendingReveal = null;
      }
    } else {
      const lane = layout.lanes.find(l => l.lane.categoryId === null || l.lane.categoryId === e.category);
      if (lane) {
        top = lane.y;
        bottom = lane.y + Math.min(lane.height, frame.lanesHeight);
      }
    }
    if (Number.isNaN(top)) {
      this.pendingReveal = null;
      return false;
    }
    if (frame.maxScroll <= 0) {
      // every lane is in view
      return false;
    }
    const scroll = frame.laneScroll;
    const visible = Math.max(0, frame.lanesHeight - this.bottomInset);
    // A row of room beyond an event scrolled to, where the lanes hold three (LaneReveal.scrollToPending).
    const room = item && visible >= 3 * item.height ? item.height : 0;
    let target = top < scroll ? top - room : bottom > scroll + visible ? bottom + room - visible : scroll;
    target = Math.max(0, Math.min(frame.maxScroll, target));
    if (Math.abs(target - scroll) < 0.5) {
      return false;
    }
    this.laneScroll = target;
    return true;
  }

  scrollLanesTo(scroll) {
    const max = this.drawn ? this.drawn.frame.maxScroll : 0;
    this.laneScroll = Math.max(0, Math.min(max, scroll));
    this.requestDraw();
  }

  /** The event or cluster at a point of the canvas, or null (empty space, the axis); over the selected title drawn whole, its event. */
  hit(x, y) {
    const d = this.drawn;
    if (!d || y < d.frame.lanesTop || y > d.frame.lanesTop + d.frame.lanesHeight) {
      return null;
    }
    const whole = d.selectedTitle;
    if (whole && x >= whole.x && x <= whole.x + whole.width && y >= whole.y && y <= whole.y + whole.height) {
      return whole.item;
    }
    return hitTest(d.layout, x, y - d.frame.lanesTop + d.frame.laneScroll);
  }

  /** DrawnView.eraAt: the era whose ribbon is at a point, or null (a short one shows no name on its ribbon). */
  eraAt(x, y) {
    const d = this.drawn;
    const rowHeight = d ? d.layout.metrics.eraRowHeight : 0;
    if (!d || rowHeight <= 0 || y < d.frame.axisHeight || y >= d.frame.axisHeight + d.frame.eraHeight) {
      return null;
    }
    const row = Math.floor((y - d.frame.axisHeight) / rowHeight);
    const box = d.layout.eras.find(era => era.row === row
      && x >= (era.outside ? Math.min(era.x0, era.labelX) : era.x0) - 2
      && x <= (era.outside ? Math.max(era.x1, era.labelX + era.labelWidth) : era.x1) + 2);
    return box ? box.era : null;
  }

  clamped(scale) {
    return scale.clamped(Math.max(1, this.width), maxSpan(this.content));
  }

  /**
   * A pan from `from` to `to`, stopped where the last event (or era) would go further left than a
   * fifth into the view, or the first further right than a fifth from its right edge, as in the
   * window (ViewMotion.panned): → went on into empty decades. A view already beyond pans back freely.
   */
  panned(from, to) {
    const target = this.clamped(to);
    const limits = this.startLimits(target);
    if (!limits) {
      return target;
    }
    const [earliest, latest] = limits;
    let start = target.start;
    if (start > latest && start > from.start) {
      start = Math.max(from.start, latest);
    } else if (start < earliest && start < from.start) {
      start = Math.min(from.start, earliest);
    }
    return start === target.start ? target : new Scale(start, target.spp);
  }

  /**
   * ViewMotion.zoomed: a zoom moved as little as it takes to keep the first and last events where a pan
   * stops, when the view was within those limits (zoomed in at one, the last event went off the left edge).
   */
  zoomed(from, to) {
    const target = this.clamped(to);
    const before = this.startLimits(from);
    const after = this.startLimits(target);
    const halfPixel = from.spp / 2;
    if (!before || from.start > before[1] + halfPixel || from.start < before[0] - halfPixel) {
      return target;
    }
    const start = Math.max(after[0], Math.min(after[1], target.start));
    return start === target.start ? target : new Scale(start, target.spp);
  }

  /** ViewMotion.startLimits: the earliest and latest start a view at this zoom may pan to, or null. */
  startLimits(scale) {
    const extent = this.content.extent;
    if (!extent || this.width <= 0) {
      return null;
    }
    const span = this.width * scale.spp;
    return [extent[0] + PAN_KEEP * span - span, extent[1] - PAN_KEEP * span];
  }

  /** Where the view is heading: the end of the running glide, or where it is. */
  heading() {
    return this.animation ? this.animation.target : this.scale;
  }

  /** Moves to target over millis; at once when motion is reduced or before the first frame. */
  moveTo(target, anchorX, millis) {
    const goal = this.clamped(target);
    if (millis <= 0 || reducedMotion.matches || !this.drawn || this.width <= 0) {
      this.animation = null;
      this.setScale(goal);
      return;
    }
    this.glide(goal, anchorX, millis);
  }

  /**
   * Glides to target (ViewAnimator): the zoom changes geometrically, the instant under the anchor moves
   * with an ease-out, and a long jump at a close zoom first pulls out and then back in, so the eye can follow.
   */
  glide(target, anchorX, millis) {
    const from = this.scale;
    const travel = Math.abs(target.secondAt(anchorX) - from.secondAt(anchorX));
    const widest = Math.max(from.span(this.width), target.span(this.width));
    const extraZoomOut = travel > 2 * widest ? Math.log(travel / widest) : 0;
    const animation = {target, start: null};
    this.animation = animation;
    const step = now => {
      if (this.animation !== animation) {
        return;
      }
      animation.start ??= now;
      const t = Math.min(1, (now - animation.start) / millis);
      const eased = 1 - Math.pow(1 - t, 3);
      const logFrom = Math.log(from.spp);
      const spp = Math.exp(logFrom + (Math.log(target.spp) - logFrom) * eased + extraZoomOut * 4 * t * (1 - t));
      const anchor = from.secondAt(anchorX) + (target.secondAt(anchorX) - from.secondAt(anchorX)) * eased;
      this.scale = t >= 1 ? target : new Scale(anchor - anchorX * spp, spp);
      this.draw();
      if (t < 1) {
        requestAnimationFrame(step);
      } else {
        this.animation = null;
      }
    };
    requestAnimationFrame(step);
  }

  stopGliding() {
    this.animation = null;
  }

  zoomAround(factor, x) {
    const from = this.heading();
    this.moveTo(this.zoomed(from, from.zoomedAround(x, factor)), x, 160);
  }

  /** At once, as a pinch does. */
  zoomAroundNow(factor, x) {
    this.stopGliding();
    this.setScale(this.zoomed(this.scale, this.scale.zoomedAround(x, factor)));
  }

  panBy(dx) {
    const from = this.heading();
    this.moveTo(this.panned(from, from.pannedBy(dx)), this.width / 2, 180);
  }

  /** Shows [from, to], gliding. */
  show(from, to, millis = 450) {
    this.moveTo(Scale.fitting(from, to, this.width, FIT_MARGIN), this.width / 2, millis);
  }

  fitAll() {
    this.moveTo(fittingAll(this.content, this.width), this.width / 2, 450);
  }

  /**
   * Glides to [from, to] around an event, selected, and scrolls its lane into view: one step of a presentation, whose
   * next step (`next`, or undefined) keeps its title too where a row holds it.
   */
  present(e, from, to, millis, next) {
    this.nextId = next?.id;
    // The era rows and the events of where the glide goes (TimelineView.present); before the canvas has a width, [from, to].
    const goal = this.width > 0 ? Scale.fitting(from, to, this.width, FIT_MARGIN) : null;
    this.slidePeriod = goal ? [goal.start, goal.secondAt(this.width)] : [from, to];
    this.selectedId = e.id;
    this.pendingReveal = e;
    this.show(from, to, millis);
  }

  /**
   * Brings an event into view (ViewMotion.bringIntoView): pans when it is near, centres it when far,
   * zooms out to it when it is longer than the view, and in around it until it is drawn as itself.
   */
  reveal(e) {
    const width = this.width;
    this.pendingReveal = e;
    this.requestDraw();
    if (width <= 0) {
      return;
    }
    const scale = this.heading();
    // the room first: a zoom keeps it
    const target = this.drawnAlone(e, this.withRoomForTitle(e, inView(e, scale, width)));
    if (target.start !== scale.start || target.spp !== scale.spp) {
      this.moveTo(target, width / 2, 450);
    }
  }

  /** ViewMotion.withRoomForTitle: panned left as little as lets the event's whole title stand after its marker. */
  withRoomForTitle(e, scale) {
    const m = this.metrics;
    // as the layout places the marker or bar
    const [x0, x1] = geometry(e, scale, m.markerSize);
    const title = this.labels.width(e.label);
    if (x1 - x0 >= title) {
      return scale;
    }
    const [marksFrom, marksTo] = marksExtent(e, scale, x0, x1, m.markerSize, this.width);
    const room = m.labelGap + title + TITLE_PLATE;
    const over = marksTo + room - this.width;
    if (over <= 0 || over > marksFrom - m.labelGap) {
      // only where it then fits
      return scale;
    }
    const panned = scale.pannedBy(-over);
    const end = Math.max(scale.secondAt(this.width), this.content.eventExtent ? this.content.eventExtent[1] : -Infinity);
    // Panned past the timeline's end (a phone, at the whole timeline: 2027-2060 empty), zoomed in around the right edge instead.
    return panned.secondAt(this.width) <= end ? panned : scale.zoomedAround(this.width, room / (this.width - marksTo));
  }

  /** target, or zoomed in around the event, twice as close at each step, until a layout draws it as itself. */
  drawnAlone(e, target) {
    const middle = (e.startSecond + e.endSecond) / 2;
    const shown = this.content.position.has(e.id);
    let scale = this.clamped(target);
    for (let step = 0; step < 12; step++) {
      const layout = layoutTimeline(this.content, this.mode, scale, this.width, this.labels, this.axisMeasurer.width, this.metrics);
      if (!shown || layout.items.some(it => it.event === e)) {
        return scale;
      }
      const closer = this.clamped(scale.zoomedAround(scale.xOf(middle), 2));
      if (closer.start === scale.start && closer.spp === scale.spp) {
        break;
      }
      scale = closer;
    }
    // no zoom draws it (more events on its day than rows): no glide deep in for nothing
    return target;
  }

  /** "Timeline from 1968 to 2030", at the precision of the axis. */
  describe() {
    return msg('web.canvas.label', ...this.describedPeriod());
  }

  /** The period in view as dates in words, as precise as the axis: ["2009", "2036"]. */
  describedPeriod() {
    const field = this.drawn ? this.drawn.layout.axis.unit.field : 'YEAR';
    const precision = field === 'MINUTE' || field === 'HOUR' ? 'DAY' : field;
    const at = x => dateText(Math.min(LATEST - DAY, Math.max(EARLIEST, this.scale.secondAt(x))), precision);
    return [at(0), at(this.width)];
  }
}

/** Gives a canvas a pixel for each device pixel of its width and height (sharp on HiDPI screens); returns the ratio. */
function fitCanvas(canvas, width, height) {
  const dpr = window.devicePixelRatio || 1;
  if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
  }
  return dpr;
}

/** Keeps a view's size in step with its box. */
function fitToBox(view, box, afterResize = () => {}) {
  new ResizeObserver(entries => {
    view.setViewport(entries[0].contentRect.width, entries[0].contentRect.height);
    afterResize();
  }).observe(box);
}

// ---- The overview strip (OverviewStrip) ----

/**
 * The strip under the timeline: how many events the whole file has at each moment, with the current
 * view as a window. Drag the window to move, its edges to zoom; press elsewhere to jump there.
 */
class Overview {
  constructor(canvas, view) {
    this.canvas = canvas;
    this.view = view;
    this.counted = null;
    this.drag = null;
    // Its width as observed: reading it from the layout at every frame would lay out the whole page each time.
    this.width = 0;
    new ResizeObserver(entries => {
      this.width = entries[0].contentRect.width;
      view.requestDraw();
    }).observe(canvas);
    canvas.addEventListener('pointerdown', e => this.pressed(e));
    canvas.addEventListener('pointermove', e => this.dragged(e));
    canvas.addEventListener('pointerup', () => {
      this.drag = null;
    });
    // A finger that turns out to scroll the page (the strip lets vertical swipes through) puts the view back as it was.
    canvas.addEventListener('pointercancel', () => {
      if (this.drag) {
        this.view.setScale(this.drag.before);
        this.drag = null;
      }
    });
  }

  /** The time the strip covers: every event and era, with a little room at both ends. */
  range() {
    const extent = this.view.content.extent;
    if (!extent) {
      return null;
    }
    const pad = Math.max((extent[1] - extent[0]) * 0.03, MIN_SPAN);
    return [extent[0] - pad, extent[1] + pad];
  }

  xOf(second) {
    const r = this.range();
    return r ? (second - r[0]) / (r[1] - r[0]) * this.width : 0;
  }

  secondAt(x) {
    const r = this.range();
    return r ? r[0] + x / this.width * (r[1] - r[0]) : 0;
  }

  paint() {
    const view = this.view;
    const s = view.style;
    const w = this.width;
    const h = Math.ceil(view.axisMeasurer.lineHeight * 2.8);
    this.canvas.style.height = h + 'px';
    const dpr = fitCanvas(this.canvas, w, h);
    const ctx = this.canvas.getContext('2d');
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = rgba(s.axisBackground);
    ctx.fillRect(0, 0, w, h);
    ctx.fillStyle = rgba(s.gridMajor);
    ctx.fillRect(0, 0, w, 1);
    const r = this.range();
    if (!r || w <= 0) {
      return;
    }
    const {counts, maxCount, axis} = this.countIfNeeded(r, w);
    ctx.fillStyle = rgba(s.eventDefault, 0.55);
    counts.forEach((count, i) => {
      if (count > 0) {
        const height = Math.max(2, Math.sqrt(count / maxCount) * (h - 6 - 14));
        ctx.fillRect(i * 3, h - 3 - height, 2.5, height);
      }
    });
    ctx.font = s.axisFont;
    ctx.textBaseline = 'top';
    ctx.fillStyle = rgba(s.grid);
    for (const tick of axis.lower) {
      ctx.fillRect(Math.floor(tick.x), 2, 1, h - 2);
    }
    ctx.fillStyle = rgba(s.axisText);
    for (const tick of oneRowLabels(axis, view.axisMeasurer.width)) {
      if (tick.x + LABEL_INSET + view.axisMeasurer.width(tick.label) <= w) {
        ctx.fillText(tick.label, tick.x + LABEL_INSET, 3);
      }
    }
    const x0 = this.xOf(view.scale.secondAt(0));
    const x1 = this.xOf(view.scale.secondAt(view.width));
    const left = Math.max(-1, x0);
    const right = Math.min(w + 1, Math.max(x1, x0 + 2));
    ctx.fillStyle = rgba(s.selection, 0.14);
    ctx.fillRect(left, 2, right - left, h - 4);
    ctx.strokeStyle = rgba(s.selection);
    ctx.lineWidth = 1.5;
    ctx.strokeRect(left, 2, right - left, h - 4);
    ctx.fillStyle = rgba(s.selection);
    for (const edge of [x0, x1]) {
      if (edge >= 0 && edge <= w) {
        roundRect(ctx, edge - 2, h / 2 - 7, 4, 14, 3);
      }
    }
  }

  /** The histogram (three pixels a bin, counted with binary searches) and the years, again only when the content or width changed. */
  countIfNeeded(r, w) {
    const content = this.view.content;
    if (!this.counted || this.counted.content !== content || this.counted.width !== w || this.counted.style !== this.view.style) {
      const counts = new Array(Math.ceil(w / 3));
      const binSeconds = (r[1] - r[0]) / w * 3;
      for (let i = 0; i < counts.length; i++) {
        const from = r[0] + i * binSeconds;
        counts[i] = content.all.countStarting(from, from + binSeconds);
      }
      const axis = axisPlan(new Scale(r[0], (r[1] - r[0]) / w), w, this.view.axisMeasurer.width);
      this.counted = {content, width: w, style: this.view.style, counts, maxCount: Math.max(1, ...counts), axis};
    }
    return this.counted;
  }

  /** What a press at x takes hold of: an edge of the window, the window, or nothing. */
  grabAt(x) {
    const x0 = this.xOf(this.view.scale.secondAt(0));
    const x1 = this.xOf(this.view.scale.secondAt(this.view.width));
    const edge = 6;
    if (Math.abs(x - x0) <= edge && x1 - x0 > 2 * edge) {
      return 'LEFT';
    }
    if (Math.abs(x - x1) <= edge && x1 - x0 > 2 * edge) {
      return 'RIGHT';
    }
    return x > x0 && x < x1 ? 'MOVE' : null;
  }

  pressed(e) {
    if (!this.range()) {
      return;
    }
    const view = this.view;
    view.stopGliding();
    const before = view.scale;
    let kind = this.grabAt(e.offsetX);
    if (!kind) {
      // Jump: centre the view on the pressed moment, then let the user keep dragging from there.
      view.setScale(view.clamped(view.scale.centredOn(this.secondAt(e.offsetX), view.width)));
      kind = 'MOVE';
    }
    this.canvas.setPointerCapture(e.pointerId);
    this.drag = {kind, x: e.offsetX, start: view.scale.secondAt(0), end: view.scale.secondAt(view.width), before};
  }

  dragged(e) {
    const d = this.drag;
    if (!d) {
      this.canvas.style.cursor = {LEFT: 'ew-resize', RIGHT: 'ew-resize', MOVE: 'grab'}[this.grabAt(e.offsetX)] || 'default';
      return;
    }
    const dt = this.secondAt(e.offsetX) - this.secondAt(d.x);
    const minSpan = this.secondAt(8) - this.secondAt(0);
    let start = d.start;
    let end = d.end;
    if (d.kind === 'MOVE') {
      start += dt;
      end += dt;
    } else if (d.kind === 'LEFT') {
      start = Math.min(d.start + dt, end - minSpan);
    } else {
      end = Math.max(d.end + dt, start + minSpan);
    }
    this.view.setScale(this.view.clamped(new Scale(start, (end - start) / this.view.width)));
  }
}

// ---- Search (FoldedText, SearchQuery, EventSearch) ----

const FOLDED_LETTERS = {
  '\u0142': 'l', '\u0141': 'l', '\u00f8': 'o', '\u00d8': 'o', '\u0111': 'd', '\u0110': 'd', '\u00f0': 'd', '\u00d0': 'd',
  '\u00fe': 'th', '\u00de': 'th', '\u0131': 'i', '\u0127': 'h', '\u0126': 'h', '\u00df': 'ss', '\u00e6': 'ae', '\u00c6': 'ae',
  '\u0153': 'oe', '\u0152': 'oe', '\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-',
};

/** One character folded: lower case, accents removed (NFD without combining marks), a few letters that do not decompose spelled out. */
function foldChar(c) {
  if (c < '\x80') {
    return c.toLowerCase();
  }
  return FOLDED_LETTERS[c] ?? c.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Text folded for matching ("Kraków" to "krakow"), with the original position of each folded character. */
function foldWithOrigin(text) {
  const pieces = [];
  const origin = [];
  for (let i = 0; i < text.length; i++) {
    const piece = foldChar(text[i]);
    pieces.push(piece);
    for (let k = 0; k < piece.length; k++) {
      origin.push(i);
    }
  }
  return {folded: pieces.join(''), origin};
}

const fold = text => (/^[\x00-\x7F]*$/.test(text) ? text.toLowerCase() : foldWithOrigin(text).folded);

/**
 * The folded terms of what was typed: words, and "quoted phrases", each of which must occur. A word
 * matches the start of a word; a phrase, a single letter or digit, and a word in capitals ("INF")
 * match whole words only.
 */
function searchTerms(text) {
  const terms = [];
  for (const m of (text || '').matchAll(/"([^"]*)"?|([^ \t\n\x0B\f\r]+)/g)) {
    const quoted = m[1] !== undefined;
    const typed = quoted ? m[1] : m[2];
    const folded = javaStrip(fold(typed)).replace(/[ \t\n\x0B\f\r]+/g, ' ');
    const whole = quoted || [...folded].length === 1 || isCapitals(typed);
    if (folded && !terms.some(t => t.text === folded && t.whole === whole)) {
      terms.push({text: folded, whole});
    }
  }
  return terms;
}

/**
 * Text without the white space at its ends that Java's String.strip takes (Character.isWhitespace):
 * not the no-break spaces, which trim took, so that "Moskow" with a no-break space after it was a
 * shorter word here than in the window.
 */
const javaStrip = text => text.replace(/^[\t\n\v\f\r\x1C-\x1F \u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]+/, '')
  .replace(/[\t\n\v\f\r\x1C-\x1F \u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]+$/, '');

/** A word of two letters or more, none of them small: an abbreviation ("INF", "CFE-1A", "ОБСЕ"). */
function isCapitals(typed) {
  // As Java's Character.isLowerCase and isUpperCase read code points: "XIXᵉ" has a small letter.
  return !/\p{Lowercase}/u.test(typed) && (typed.match(/\p{Uppercase}/gu) || []).length >= 2;
}

/** Character.isLetterOrDigit: letters and decimal digits ("CO₂" is "CO" and a sign, in the window as here). */
const isWordChar = c => /[\p{L}\p{Nd}]/u.test(c);

/** Where a term occurs in folded text from `from` on, starting a word (and ending one when it must be whole), or -1. */
function findTerm(folded, term, from) {
  const t = term.text;
  for (let at = folded.indexOf(t, from); at >= 0; at = folded.indexOf(t, at + 1)) {
    let end = at + t.length;
    if (term.whole && t.length > 1 && folded[end] === 's' && isWordChar(t[t.length - 1])
      && (end + 1 === folded.length || !isWordChar(folded[end + 1]))) {
      // SearchQuery.find: a plural, "MIRV" finds "MIRVs"; a single letter does not ("I" is not "is")
      end++;
    }
    const starts = at === 0 || !isWordChar(t[0]) || !isWordChar(folded[at - 1]);
    const ends = !term.whole || end === folded.length || !isWordChar(t[t.length - 1]) || !isWordChar(folded[end]);
    if (starts && ends) {
      return at;
    }
  }
  return -1;
}

/** Whether every term occurs in the folded text. */
const matchesTerms = (folded, terms) => terms.every(term => findTerm(folded, term, 0) >= 0);

/**
 * EventSearch.ranked: the events that match, best first: those whose title is what was typed, then
 * those whose title holds every term, then the rest, each group in the order given.
 */
function rankedMatches(events, terms) {
  if (terms.length === 0) {
    // all of them, in the order given, as EventSearch.ranked gives them
    return events.slice();
  }
  const typed = terms.map(t => t.text).join(' ');
  const groups = [[], [], []];
  for (const e of events) {
    const text = searchableText(e);
    if (!matchesTerms(text, terms)) {
      continue;
    }
    // The title as the searchable text folds it (its first line); its spaces made as the terms' only when it holds them all.
    const line = text.indexOf('\n');
    const title = line < 0 ? text : text.slice(0, line);
    groups[!matchesTerms(title, terms) ? 2 : javaStrip(title.replace(/[ \t\x0B\f\r]+/g, ' ')) === typed ? 0 : 1].push(e);
  }
  return groups.flat();
}

/** Every field a reader may search in, folded once, separated so that words of different fields do not join. */
function searchableText(e) {
  e.searchable ??= fold([e.title, e.dateText, e.summary, e.description, e.location, ...e.tags, ...e.actors, ...e.sources.map(s => s.title)]
    .filter(v => v != null).map(v => v + '\n').join(''));
  return e.searchable;
}

/** Where the terms occur in text, as merged [start, end) ranges of the original, for bold. */
function highlights(text, terms) {
  const {folded, origin} = foldWithOrigin(text);
  const ranges = [];
  for (const term of terms) {
    for (let at = findTerm(folded, term, 0); at >= 0; at = findTerm(folded, term, at + term.text.length)) {
      ranges.push([origin[at], origin[at + term.text.length - 1] + 1]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) {
      last[1] = Math.max(last[1], r[1]);
    } else {
      merged.push([...r]);
    }
  }
  return merged;
}

// ---- The page ----

/** An element with a class and text; the text, from anywhere, only ever goes in as text. */
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text != null) {
    node.textContent = text;
    node.dir = 'auto'; // Hebrew or Arabic from the file reads right to left, as in the window
  }
  return node;
}

const RIGHT_TO_LEFT = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Mende_Kikakui}\p{Script=Old_Hungarian}\p{Script=Yezidi}]/u;

/** DisplayText.readsRightToLeft: whether a text's first letter is Hebrew, Arabic or of another script read from the right. */
function readsRightToLeft(text) {
  const first = text.match(/\p{L}/u);
  return !!first && RIGHT_TO_LEFT.test(first[0]);
}

/** DisplayText.pointingBack: a title pinned at the left edge, after an arrow pointing back to its event, left of the view. */
function pointingBack(title) {
  return !title.trim() ? title : readsRightToLeft(title) ? title + ' \u2190' : '\u2190 ' + title;
}

/**
 * A label from the file at its left edge (the canvas's textAlign is 'left'): one whose first letter is
 * Hebrew or Arabic is laid out right to left, as the window draws it, still starting at x.
 */
function fillLabel(ctx, text, x, y) {
  ctx.direction = readsRightToLeft(text) ? 'rtl' : 'ltr';
  ctx.fillText(text, x, y);
  ctx.direction = 'ltr';
}

/** Paragraphs of a description: separated by blank lines, single line breaks kept. */
const paragraphs = text => block(text).split(/\n\s*\n/).map(p => p.trim()).filter(Boolean).map(p => el('p', 'paragraph', p));

/** Characters no address that opens may hold: spaces, controls, the marks that turn text around (Links.openable). */
const HIDDEN_IN_ADDRESSES = /[\s\x00-\x1F\x7F-\x9F\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * An address written out in full, as a click opens it: http and https in the browser, mailto in the mail program
 * (as in the window, which opened a source's mailto: the page showed it as not opened); null for anything else
 * (javascript:, data:, file:, ...).
 */
function openedAddress(text) {
  const address = (text || '').trim();
  if (HIDDEN_IN_ADDRESSES.test(address)) {
    return null;
  }
  if (isMail(address)) {
    return mailAddress(address);
  }
  if (!/^https?:\/\//i.test(address)) {
    return null;
  }
  try {
    const url = new URL(address);
    return url.hostname && !url.username && !url.password ? url.href : null;
  } catch (notAnAddress) {
    return null;
  }
}

/**
 * A mailto address as Java's URI reads it (Links.openable): no character an address must escape, escapes well formed,
 * one @ between a name and a host, perhaps a query (Java's \s and . in its pattern); written out in NFC, letters beyond
 * ASCII as their UTF-8 escapes, as URI.toASCIIString does.
 */
function mailAddress(address) {
  if (/["<>\\^\x60{|}]|%(?![0-9A-Fa-f]{2})/.test(address) || (address.match(/#/g) || []).length > 1) {
    return null;
  }
  const to = percentDecoded(address.slice('mailto:'.length).split('#')[0]);
  return /^[^@?\x09-\x0D\x20]+@[^@?\x09-\x0D\x20]+(\?[^\n\r\u0085\u2028\u2029]*)?$/.test(to)
    ? address.normalize('NFC').replace(/[^\x00-\x7F]+/gu, encodeURI) : null;
}

/** The text with its escapes decoded as Java's URI decodes them: bytes of UTF-8, a malformed one read as U+FFFD. */
function percentDecoded(text) {
  const bytes = [];
  const utf8 = new TextEncoder();
  for (let i = 0; i < text.length;) {
    if (text[i] === '%') {
      bytes.push(parseInt(text.substr(i + 1, 2), 16));
      i += 3;
    } else {
      const letter = String.fromCodePoint(text.codePointAt(i));
      bytes.push(...utf8.encode(letter));
      i += letter.length;
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/** Whether a click on the address starts an e-mail rather than showing a web page (Links.isMail). */
const isMail = address => /^mailto:/i.test(address);

const events = data.events;
for (const e of events) {
  e.label = line(e.title);
  // The page leaves out each of these that equals the second given here (WebPageData.event).
  e.startMid ??= e.midSecond;
  e.possibleFrom ??= e.startSecond;
  e.possibleTo ??= e.endSecond;
  e.startEnd ??= e.endSecond;
}
for (const era of data.eras) {
  era.label = line(era.title);
}
const byId = new Map(events.map(e => [e.id, e]));
const knownCategories = new Set(data.categories.map(c => c.id));
const categoryOf = e => (e.category != null && knownCategories.has(e.category) ? e.category : '');
const categoryName = id => (id ? line(data.categories.find(c => c.id === id).name) : msg('web.lane.uncategorised'));
/** The links that name each event, with the event they come from, in file order (RelatedEvents). */
const linkedFrom = new Map();
for (const e of events) {
  for (const link of e.related) {
    if (!linkedFrom.has(link.id)) {
      linkedFrom.set(link.id, []);
    }
    linkedFrom.get(link.id).push({from: e, kind: link.kind});
  }
}
/** How a link reads from the event that has it, and from the event it names; the groups in the window's order. */
const LINK_OUT = {'led-to': 'links.ledTo', 'response-to': 'links.responseTo', 'part-of': 'links.partOf', 'see-also': 'links.seeAlso',
  related: 'links.related'};
const LINK_IN = {'led-to': 'links.ledFrom', 'response-to': 'links.answeredBy', 'part-of': 'links.includes', 'see-also': 'links.seeAlso',
  related: 'links.related'};
const LINK_GROUPS = ['links.ledFrom', 'links.ledTo', 'links.responseTo', 'links.answeredBy', 'links.partOf', 'links.includes',
  'links.related', 'links.seeAlso'];

/** An event's links both ways, grouped by what they mean; an event under "see also" only when no other group has it. */
function linkGroups(e) {
  const groups = new Map(LINK_GROUPS.map(key => [key, []]));
  const add = (key, other) => {
    if (other && !groups.get(key).includes(other)) {
      groups.get(key).push(other);
    }
  };
  for (const link of e.related) {
    add(LINK_OUT[link.kind], byId.get(link.id));
  }
  for (const link of linkedFrom.get(e.id) || []) {
    add(LINK_IN[link.kind], link.from);
  }
  const saidMore = new Set();
  for (const [key, others] of groups) {
    if (key !== 'links.seeAlso') {
      others.forEach(other => saidMore.add(other));
    }
  }
  groups.set('links.seeAlso', groups.get('links.seeAlso').filter(other => !saidMore.has(other)));
  return [...groups].filter(([, others]) => others.length);
}

const main = new TimelineView($('cl-canvas'), 'BY_CATEGORY', false);
const overview = new Overview($('cl-overview'), main);
const list = $('cl-events');
const searchBox = $('cl-search');
const results = $('cl-results');

const state = {
  /** Which events are shown (EventFilter): hidden category ids ("" for uncategorised), tags, actors, dates. */
  filter: {hidden: new Set(), tags: new Set(), actors: new Set(), from: null, to: null},
  shown: events,
  content: null,
  terms: [],
  /** The shown events the search matches, in time order; null with no search. */
  matches: null,
  matchIndex: -1,
  selected: null,
  /** The list item that is the list's tab stop. */
  roving: null,
  /** The events left by following related links, most recent last, for Back. */
  trail: [],
  /** The events Back came back from, most recent last: the browser's Forward goes to them again, the trail kept. */
  ahead: [],
  /** FiltersClearedByLinks: the filters links along the trail cleared, each with the event its link was followed from. */
  clearedByLinks: [],
  /** Which of the page's steps in the browser's history is shown: one more for each related link followed. */
  step: 0,
  /** The list item Enter read the details from, for Esc in them to go back to. */
  detailsOpenedFrom: null,
};

/** EventFilter.shows: a period shows every event that may have happened in it (its whole band of uncertainty counts). */
function shows(e) {
  return passesAllBut(e, null);
}

/** Whether a filter chooses anything: a category hidden, a tag, a person or a date (EventFilter.NONE chooses nothing). */
function chooses(f) {
  return f.hidden.size + f.tags.size + f.actors.size > 0 || f.from !== null || f.to !== null;
}

/**
 * Whether the filter lets the event through, whatever one of its parts says ('hidden' for the categories' boxes,
 * 'tags' or 'actors'; null for none): what a part's choices count is what the rest of the filter lets through.
 */
function passesAllBut(e, part) {
  const f = state.filter;
  return (part === 'hidden' || !f.hidden.has(categoryOf(e)))
    && (part === 'tags' || f.tags.size === 0 || e.tags.some(t => f.tags.has(t)))
    && (part === 'actors' || f.actors.size === 0 || e.actors.some(a => f.actors.has(a)))
    && (f.from === null || e.possibleTo > f.from)
    && (f.to === null || e.possibleFrom < f.to);
}

// ---- Selection and its echoes: details, list, live region, address ----

/** A filter's count waiting to be said (see sayFilterCount). */
let filterCountSaying = null;

/**
 * Selects an event (null clears): marks it on the timeline and in the list, shows its details, says it
 * in the live region and puts it in the address. reveal brings it into view; followed keeps the trail.
 */
function select(e, {reveal = true, followed = false} = {}) {
  if (!followed && e !== state.selected) {
    state.trail = [];
    state.ahead = [];
    state.clearedByLinks = [];
  }
  // Esc in the details goes back to where Enter opened them, also after the related links followed from there.
  if (!followed) {
    state.detailsOpenedFrom = null;
  }
  const previous = state.selected;
  state.selected = e;
  main.selectedId = e ? e.id : null;
  main.requestDraw();
  if (e && reveal) {
    main.reveal(e);
  }
  if (previous) {
    previous.item?.setAttribute('aria-selected', 'false');
  }
  if (e) {
    e.item?.setAttribute('aria-selected', 'true');
    rove(e.item);
  }
  if (state.matches) {
    state.matchIndex = e ? state.matches.indexOf(e) : -1;
    updateSearchStatus();
  }
  if (e) {
    clearTimeout(filterCountSaying);
    // One live region says it all: a second (the search's count) spoke over the first, or cut it off.
    const said = msg('web.announce', e.label, e.dateText, categoryName(categoryOf(e)), state.content.position.get(e.id) + 1,
      state.shown.length);
    $('cl-announce').textContent = state.matches && state.matchIndex >= 0
      ? msg('web.announce.match', said, $('cl-search-status').textContent) : said;
  }
  history.replaceState(history.state, '', e ? '#' + encodeURIComponent(e.id) : location.pathname + location.search);
  showDetails();
  showPeek();
}

/**
 * On a phone the details are under the timeline, off the screen: an event tapped there showed
 * nothing but its marker. A bar at the screen's foot names it and brings its details into view;
 * it goes once they are in view, or nothing is selected, or its × puts it away for this event
 * (it covered a row or two of the timeline's foot or of the list, with no other way to close it).
 */
const peekBar = $('cl-peek-bar');
const peek = $('cl-peek');
/** The event whose bar was put away with its ×: none again until another is chosen. */
let peekPutAway = null;
let detailsInView = false;
/** Whether the details are above the screen (scrolled past, into the list): the bar's arrow then points up. */
let detailsAbove = false;
/** Whether the press now on the bar began on it (see its click). */
let peekPressed = false;
function showPeek() {
  const e = state.selected;
  if (e !== peekPutAway) {
    // another event chosen since: its bar, and the first's again if it is chosen again
    peekPutAway = null;
  }
  const wanted = e !== null && e !== peekPutAway && !detailsInView && !matchMedia('(min-width: 900px)').matches;
  const appeared = wanted && peekBar.hidden;
  if (appeared) {
    peekPressed = false;
  }
  peekBar.hidden = !wanted;
  peekBar.classList.toggle('above', detailsAbove);
  document.body.classList.toggle('peeking', wanted);
  document.documentElement.classList.toggle('peeking', wanted);
  if (wanted) {
    peek.replaceChildren(el('span', 'peek-text', msg('web.details.peek', e.label)));
    placePeek();
  }
  coverTimelineFoot(appeared);
}

const sideways = matchMedia('(max-height: 500px) and (min-width: 600px)');
/**
 * On a phone held sideways the overview strip and its zoom buttons end the screen, where the bar covered them:
 * the bar goes over the timeline's foot instead, above where they are with the page at its top (where the
 * timeline is used), and stays there as the page scrolls. The lanes rise clear of it (coverTimelineFoot).
 */
function placePeek() {
  let lift = 0;
  if (sideways.matches) {
    const above = innerHeight - (document.querySelector('.overview-row').getBoundingClientRect().top + scrollY) + 8;
    if (above > 0 && above < innerHeight / 2) {
      lift = above;
    }
  }
  peekBar.style.bottom = lift ? lift + 'px' : '';
  // The page's end and what takes the keys are scrolled clear of the bar where it is (body.peeking).
  document.documentElement.style.setProperty('--peek-lift', lift + 'px');
}

/**
 * Tells the timeline how much of its foot the bar or its keys shown over it cover, with a little room above: on a
 * phone held sideways the bar lay over the bottom rows, over the very event just tapped there; the keys, over the
 * event a search's Enter had gone to.
 */
function coverTimelineFoot(appeared) {
  let covered = 0;
  const canvas = main.canvas.getBoundingClientRect();
  for (const over of [peekBar.hidden ? null : peekBar, $('cl-keys')]) {
    const r = over?.getBoundingClientRect();
    if (r?.height > 2 && canvas.bottom > r.top) {
      covered = Math.max(covered, Math.min(canvas.height, canvas.bottom - r.top + 8));
    }
  }
  main.setBottomInset(covered, appeared);
}
// The keys shown or gone with the focus, or with a key after a click (focus-visible): the event chosen is brought out
// from under them by its own reveal, not the lanes scrolled back to it at each Tab.
for (const change of ['focus', 'blur', 'keydown']) {
  main.canvas.addEventListener(change, () => coverTimelineFoot(false));
}
// The page scrolled moves the timeline past the bar, which stays where it is: measured once a frame at most.
let footMeasuring = false;
/** A resize since the last frame: the bar is placed again then (a turn of the phone fires a scroll too, which took the frame). */
let peekPlaced = true;
for (const change of ['scroll', 'resize']) {
  addEventListener(change, () => {
    peekPlaced &&= change !== 'resize';
    if (!peekBar.hidden && !footMeasuring) {
      footMeasuring = true;
      requestAnimationFrame(() => {
        footMeasuring = false;
        if (!peekPlaced) {
          placePeek();
          peekPlaced = true;
        }
        // A jump past the details (End, the skip link, Tab into the list) never crosses them, which is when their
        // observer says where they are: the arrow pointed down at details above.
        detailsAbove = !detailsInView && $('cl-details').getBoundingClientRect().top < 0;
        peekBar.classList.toggle('above', detailsAbove);
        coverTimelineFoot(false);
      });
    }
  }, {passive: true});
}
// A phone turned on its side (or a window widened) past the width where the details stand beside the timeline.
matchMedia('(min-width: 900px)').addEventListener('change', showPeek);
// Only a press that began on the bar (or its key) is its click: a tap that chose an event under where the bar then
// appeared was taken by the bar too, and the page jumped to the details.
peek.addEventListener('pointerdown', () => {
  peekPressed = true;
});
peek.addEventListener('pointercancel', () => {
  // a press that became a scroll
  peekPressed = false;
});
peek.addEventListener('click', e => {
  const pressed = peekPressed || e.detail === 0;
  peekPressed = false;
  if (pressed) {
    revealDetails();
    focusDetailsTitle();
    // the timeline's event, read: a way back to it (showListReturn)
    state.detailsOpenedFrom = main.canvas;
    showListReturn();
  }
});
$('cl-peek-close').addEventListener('click', () => {
  const keysWereHere = document.activeElement === $('cl-peek-close');
  peekPutAway = state.selected;
  showPeek();
  if (keysWereHere) {
    // not left on nothing
    main.canvas.focus({preventScroll: true});
  }
});
new IntersectionObserver(entries => {
  const last = entries[entries.length - 1];
  detailsInView = last.isIntersecting;
  detailsAbove = !last.isIntersecting && last.boundingClientRect.top < 0;
  showPeek();
}, {rootMargin: '0px 0px -15% 0px'}).observe($('cl-details'));

/** The event after (1) or before (-1) the selection in time; with none, the first from the view's left edge (or last before its right). */
function adjacent(direction) {
  const all = state.content.all;
  if (all.events.length === 0) {
    return null;
  }
  const index = state.selected ? state.content.position.get(state.selected.id) : undefined;
  if (index === undefined) {
    if (direction > 0) {
      return all.events[all.lowerBound(main.scale.secondAt(0))] || null;
    }
    return all.events[all.lowerBound(main.scale.secondAt(main.width)) - 1] || null;
  }
  return all.events[index + direction] || null;
}

function showDetails() {
  const panel = $('cl-details');
  panel.replaceChildren(...(state.selected ? eventDetails(state.selected) : timelineDetails()));
  if (state.selected && state.trail.length > 0) {
    const back = el('button', 'back', msg('web.details.back'));
    back.type = 'button';
    back.title = msg('web.details.back.tooltip');
    back.addEventListener('click', () => {
      if (state.trail.length > 0 && !back.disabled) {
        // once: a double tap went back twice, off the page
        back.disabled = true;
        // the step the link added, undone as the browser's Back undoes it (see hashchange)
        history.back();
      }
    });
    panel.prepend(back);
  }
  showListReturn();
  panel.scrollTop = 0;
}

/**
 * On a phone the details are below the timeline and the list far below them: an event tapped in the list, or
 * brought to its details by their bar, left the reader there with no way back but scrolling for it. A button
 * at the top of the details goes back, to the list at the event read now, or to the timeline with the keys on it.
 */
function showListReturn() {
  $('cl-details').querySelector('button.list-return')?.remove(); // one way back, the latest: the bar tapped after the list
  const from = state.detailsOpenedFrom;
  if (!from || !state.selected || matchMedia('(min-width: 900px)').matches) {
    return;
  }
  const toTimeline = from === main.canvas;
  const button = el('button', 'list-return', msg(toTimeline ? 'web.details.backToTimeline' : 'web.details.backToList'));
  button.type = 'button';
  button.addEventListener('click', () => {
    const item = returnTarget();
    state.detailsOpenedFrom = null;
    button.remove();
    const motion = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
    if (toTimeline) {
      // The page's top, where the timeline and its zoom buttons are whole on a phone held either way.
      document.querySelector('.app').scrollIntoView({block: 'start', behavior: motion});
      main.canvas.focus({preventScroll: true});
    } else if (item && item !== main.canvas) {
      rove(item);
      item.scrollIntoView({block: 'center', behavior: motion});
      item.focus({preventScroll: true});
    }
  });
  $('cl-details').prepend(button);
}

/**
 * Where the details go back to (Esc, or the list's button on a phone): the timeline, or the list at
 * the event read now (a related link or Back may have led on from the one chosen there); never to
 * another event's item, which would put the keys on one event while another is selected. Null: nowhere.
 */
function returnTarget() {
  const from = state.detailsOpenedFrom;
  const shownItem = item => (item && !item.hidden && item.isConnected ? item : null);
  return !from ? null : from === main.canvas ? main.canvas
    : shownItem(state.selected?.item) || (from.event === state.selected ? shownItem(from) : null);
}

/** With nothing selected: the timeline itself. */
function timelineDetails() {
  const out = [unbrokenRanges(el('h2', 'details-title'), line(data.title))];
  // The years of the events shown (DateText.years): not the eras' around them, and one year said once.
  const extent = state.content.eventExtent;
  if (extent) {
    const first = yearOf(extent[0]);
    const last = yearOf(Math.max(extent[0], extent[1] - 1));
    const span = first === last ? yearText(first) : yearText(first) + ' \u2013 ' + yearText(last);
    out.push(el('p', 'details-date', msg('details.stats', state.shown.length, span)));
  }
  if (data.description != null) {
    out.push(...paragraphs(data.description));
  }
  out.push(el('p', 'hint', msg('web.details.hint')));
  return out;
}

/** Everything about an event, for reading (and for printing). */
/**
 * A category's swatch (CategorySwatch): its colour in the shape of its markers, so that a reader who
 * cannot tell the colours apart matches a name to its lane by shape (they were all squares).
 */
function categorySwatch(id) {
  const swatch = el('span', 'swatch shape-' + shapeOf(id || null));
  const color = categoryColors.get(id);
  if (color) {
    swatch.style.backgroundColor = rgba(color);
  }
  return swatch;
}

function eventDetails(e, printed = false) {
  const out = [];
  const category = categoryOf(e);
  if (category) {
    const chip = el('p', 'chip');
    chip.append(categorySwatch(category), el('span', null, categoryName(category)));
    out.push(chip);
  }
  out.push(el('h2', 'details-title', e.label), el('p', 'details-date', unbrokenDate(e.dateText)));
  for (const says of e.datingSays ?? []) {
    out.push(el('p', 'details-dating', line(says))); // DatingWords: which source gives which date
  }
  if (e.summary != null) {
    out.push(el('p', 'summary', block(e.summary)));
  }
  if (hasPicture(e)) {
    out.push(picture(e.image, 'picture'));
  }
  out.push(...field('web.details.where', e.location == null ? null : line(e.location)));
  out.push(...field('web.details.who', e.actors.length ? names(e.actors) : null));
  if (e.description != null) {
    out.push(...paragraphs(e.description));
  }
  if (e.tags.length) {
    const tags = el('ul', 'tags');
    // On screen a tag is a button that filters by it; on paper, its word.
    tags.append(...e.tags.map(t => {
      const item = el('li', printed ? 'tag' : null, printed ? line(t) : null);
      if (!printed) {
        item.append(tagButton(t));
      }
      return item;
    }));
    out.push(el('h3', 'heading', msg('web.details.tags')), tags);
  }
  if (e.sources.length) {
    const sources = el('ul', 'sources');
    sources.append(...e.sources.map(source));
    out.push(el('h3', 'heading', msg('web.details.sources')), sources);
  }
  out.push(citeButton(e));
  for (const [key, others] of linkGroups(e)) {
    out.push(...links(e, key, others));
  }
  return out;
}

/**
 * Copy Citation, as in the window: the event and its sources as text for an essay. Where the browser
 * refuses the clipboard, the text is shown selected, to copy by hand.
 */
function citeButton(e) {
  const button = el('button', 'cite', msg('details.copyCitation'));
  button.type = 'button';
  button.addEventListener('click', () => {
    const text = citation(e);
    const said = () => {
      $('cl-announce').textContent = msg('details.citationCopied');
      button.textContent = '\u2713 ' + msg('details.copyCitation');
      // Said beside the button too, as the window's status line says it: the tick alone was easy to miss.
      if (!button.nextElementSibling || !button.nextElementSibling.classList.contains('cite-said')) {
        const note = el('span', 'cite-said', msg('details.citationCopied'));
        note.setAttribute('aria-hidden', 'true'); // heard once, from the page's announcements
        button.after(note);
      }
    };
    const byHand = () => {
      if (button.nextElementSibling && button.nextElementSibling.classList.contains('cite-said')) {
        // an earlier copy's word, beside a box to copy from by hand
        button.nextElementSibling.remove();
      }
      const box = el('textarea', 'citation-text');
      box.readOnly = true;
      box.value = text;
      box.rows = Math.min(8, text.split('\n').length + 1);
      box.setAttribute('aria-label', msg('details.copyCitation'));
      button.replaceWith(box);
      box.focus();
      box.select();
    };
    navigator.clipboard?.writeText(text).then(said, byHand) ?? byHand();
  });
  return button;
}

/** Citation.of: the event with its date and the timeline, then a line per source. */
function citation(e) {
  const lines = [msg('citation.event', e.title, e.dateText, data.title)];
  if (e.sources.length === 0) {
    lines.push(msg('citation.noSources'));
  } else {
    lines.push(msg('citation.sources'));
    for (const s of e.sources) {
      let line = s.publisher != null ? s.publisher + '. ' : '';
      line += quotedTitle(s.title) + (s.languageNote != null ? ' ' + msg('citation.language', s.languageNote) : '');
      if (s.dateText != null) {
        line += ' ' + s.dateText + '.';
      }
      if (s.url != null) {
        line += ' ' + s.url;
      }
      lines.push('- ' + line);
    }
  }
  return lines.join('\n') + '\n';
}

/** Citation.quotedTitle: a source's title in the language's quotation marks, its own double marks the inner ones, paired in order. */
function quotedTitle(title) {
  const inner = msg('citation.innerQuotes');
  let marks = 0;
  const nested = title.replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb"]/g, () => inner[marks++ % 2 === 0 ? 0 : inner.length - 1]);
  return msg('citation.title', nested + (title.endsWith('.') ? '' : '.'));
}

function field(key, value) {
  return value ? [el('h3', 'heading', msg(key)), el('p', 'field', value)] : [];
}

/** Pictures come inside the page, as data: addresses; nothing else is loaded. */
const hasPicture = e => e.image != null && /^data:image\//.test(e.image.src);

/** The picture with its caption and credit. */
function picture(image, className) {
  const figure = el('figure', className);
  const img = el('img');
  img.src = image.src;
  img.alt = line(image.caption);
  figure.append(img);
  const words = [image.caption, image.credit].filter(w => w != null && w.trim()).map(line).join(' \u00b7 ');
  if (words) {
    figure.append(el('figcaption', null, words));
  }
  return figure;
}

/**
 * A source: its title as a link when a click may open its address (http, https, mailto; the real address written under it), else as text;
 * in the source's language, when it has one (WCAG 3.1.2: a screen reader read "Wiener Dokument" as English words).
 */
function source(s) {
  const item = el('li');
  const target = openedAddress(s.url);
  const title = el(target ? 'a' : 'span', target ? null : 'source-title', line(s.title));
  if (s.language) {
    title.lang = s.language;
  }
  if (target) {
    title.href = target;
    title.rel = 'noopener noreferrer';
    if (!isMail(target)) {
      title.target = '_blank'; // a mail program opens no tab: a new one would stay empty
    }
    item.append(title, el('span', 'address', target));
  } else {
    item.append(title);
    if (s.url != null) {
      // Shown, never opened: the address is there to read, with the reason it is not a link.
      item.append(el('span', 'address', line(s.url)), el('span', 'meta', msg('web.details.source.notOpened')));
    }
  }
  const meta = [s.publisher, s.dateText, s.languageNote].filter(v => v != null && v.trim()).map(line).join(' \u00b7 ');
  if (meta) {
    item.append(el('span', 'meta', meta));
  }
  return item;
}

/** Related events as links that select them; following one can be undone with Back. */
function links(from, key, targets) {
  if (!targets.length) {
    return [];
  }
  const ul = el('ul', 'related');
  for (const target of targets) {
    const link = el('a', null, target.label);
    link.href = '#' + encodeURIComponent(target.id);
    link.addEventListener('click', event => {
      event.preventDefault();
      const cleared = clearFilterFor(target);
      if (cleared) {
        state.clearedByLinks.push({from, ...cleared});
      }
      state.trail.push(from);
      state.ahead = [];
      // A step of its own in the browser's history: its Back (a phone's back gesture) left the page. Numbered, so
      // that coming to it again says which way the reader went (A to B and back to A: the event alone could not).
      state.step++;
      history.pushState({step: state.step}, '', '#' + encodeURIComponent(target.id));
      select(target, {followed: true});
      focusDetailsTitle();
      // on a phone or tablet they were off the screen, above: the tap seemed to do nothing
      revealDetails();
    });
    const item = el('li');
    item.append(link, el('span', 'meta', unbrokenDate(target.dateText)));
    ul.append(item);
  }
  return [el('h3', 'heading', msg(key)), ul];
}

// ---- The list of events: every event as text, and the keyboard's way through them ----

/** Makes one list item the list's only tab stop (a roving tab index). */
function rove(item) {
  if (!item || item === state.roving) {
    return;
  }
  state.roving?.removeAttribute('tabindex');
  item.tabIndex = 0;
  state.roving = item;
}

/** More rows than this are laid out only near the screen (content-visibility), which leaves a screen reader some without words. */
const LONG_LIST = 2000;

function buildList() {
  const items = events.map(e => {
    const item = el('li');
    item.append(el('span', 'date', e.dateText), el('span', 'title', e.label));
    // Options of a list box, whose selection Space and Enter make (a screen reader said "list item", and nothing of it).
    item.setAttribute('role', 'option');
    item.setAttribute('aria-selected', 'false');
    item.hidden = !shows(e);
    item.event = e;
    e.item = item;
    return item;
  });
  list.replaceChildren(...items);
  list.classList.toggle('long', items.length > LONG_LIST);
  rove(state.selected?.item || shownFrom(list.firstElementChild, true));
  state.selected?.item.setAttribute('aria-selected', 'true');
}

/** A list box's Page Down or Up: the shown item about a screen's height on, or the last (first) one. */
function pageFrom(item, forward) {
  const height = item.getBoundingClientRect().height || 1;
  let steps = Math.max(1, Math.floor(innerHeight / height) - 1);
  let at = item;
  for (let next = shownFrom(forward ? item.nextElementSibling : item.previousElementSibling, forward); next && steps > 0;
    next = shownFrom(forward ? next.nextElementSibling : next.previousElementSibling, forward)) {
    at = next;
    steps--;
  }
  return at === item ? null : at;
}

/** The first shown item from this one on, forwards or backwards; null past the end. */
function shownFrom(item, forward) {
  while (item && item.hidden) {
    item = forward ? item.nextElementSibling : item.previousElementSibling;
  }
  return item;
}

list.addEventListener('click', event => {
  typeAhead.text = '';
  const item = event.target.closest('li');
  if (item) {
    rove(item);
    item.focus();
    select(item.event);
    revealDetails();
    if (!matchMedia('(min-width: 900px)').matches) {
      // a way back to this place in the list, at the top of the details (showListReturn)
      state.detailsOpenedFrom = item;
      showListReturn();
    }
  }
});

/**
 * Brings the chosen event's details into view when the list was used far below them (on a laptop
 * the list is under the timeline; choosing in it changed only a highlight on screen).
 */
function revealDetails() {
  const details = $('cl-details');
  const box = details.getBoundingClientRect();
  // Beyond 60% of the height only the title showed, if that (a phone held upright, opened on an event's address).
  if (box.top < 0 || box.top > innerHeight * 0.6) {
    // Where the details are beside the timeline, the page goes back to its top, where both are whole: brought to the
    // details' top, it left the search and the title above the screen and the list's heading showing below.
    const beside = matchMedia('(min-width: 900px)').matches;
    (beside ? document.querySelector('.app') : details)
      .scrollIntoView({block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth'});
  }
}
/**
 * Enter in the list or on the timeline: the keys go to the chosen event's title in the details,
 * brought into view, so that the student reads on from there; Esc there comes back to where Enter was.
 */
function readDetailsFrom(item) {
  if (focusDetailsTitle()) {
    state.detailsOpenedFrom = item;
    revealDetails();
    showListReturn();
  }
}

/**
 * Puts the keys on the details' title, where a screen reader reads on: after a related link or Back,
 * which rebuild the panel, the focus was on nothing (the page's body). False when there is no title.
 */
function focusDetailsTitle() {
  const title = $('cl-details').querySelector('.details-title');
  if (!title) {
    return false;
  }
  title.tabIndex = -1;
  title.focus({preventScroll: true});
  return true;
}
$('cl-details').addEventListener('keydown', event => {
  if (event.key !== 'Escape') {
    return;
  }
  // Back where the keys came from (Esc cleared the selection once and left the keys on nothing); reached some
  // other way (Tab, the details bar), to the timeline, where the selected event is and a second Esc clears it.
  const back = (state.detailsOpenedFrom && returnTarget()) || (state.selected ? main.canvas : null);
  if (!back) {
    return;
  }
  event.preventDefault();
  event.stopPropagation();
  state.detailsOpenedFrom = null;
  if (back !== main.canvas) {
    rove(back);
  }
  back.focus();
});
list.addEventListener('keydown', event => {
  const item = event.target.closest('li');
  let next = null;
  if (['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp', 'Enter'].includes(event.key)) {
    typeAhead.text = ''; // a move ends the typing: a Space after it chooses, as ever (Shift, for a capital, does not)
  }
  switch (event.key) {
    case 'ArrowDown': next = shownFrom(item.nextElementSibling, true); break;
    case 'ArrowUp': next = shownFrom(item.previousElementSibling, false); break;
    case 'Home': next = shownFrom(list.firstElementChild, true); break;
    case 'End': next = shownFrom(list.lastElementChild, false); break;
    case 'PageDown': next = pageFrom(item, true); break;
    case 'PageUp': next = pageFrom(item, false); break;
    case ' ':
      if (typeAhead.typing(performance.now())) {
        next = typedTo(item, ' ');
      } else {
        select(item.event);
      }
      break;
    case 'Enter': select(item.event); readDetailsFrom(item); break;
    default:
      if ([...event.key].length !== 1 || withModifier(event) && !typedWithOption(event)) {
        return;
      }
      next = typedTo(item, event.key);
  }
  event.preventDefault();
  event.stopPropagation();
  if (next) {
    rove(next);
    next.focus();
  }
});

/**
 * Type-ahead (TypeAhead in the window): what is typed within a second of the last key goes to the next
 * shown event whose title begins with it, one letter typed again to the next with that letter; case,
 * accents and the signs before a title's first letter aside. Only the arrows and Page keys reached a title.
 */
const typeAhead = {
  text: '',
  at: -Infinity,
  collator: new Intl.Collator(data.lang, {sensitivity: 'base'}),
  typing(now) {
    return this.text !== '' && now - this.at <= 1000;
  }
};
function typedTo(item, key) {
  const now = performance.now();
  typeAhead.text = typeAhead.typing(now) ? typeAhead.text + key : key;
  typeAhead.at = now;
  const letters = [...typeAhead.text.normalize('NFC')];
  const oneLetter = letters.every(c => c === letters[0]);
  const prefix = oneLetter ? letters[0] : letters.join('');
  const items = [...list.children].filter(li => !li.hidden);
  const current = items.indexOf(item);
  const from = oneLetter || current < 0 ? current + 1 : current;
  for (let i = 0; i < items.length; i++) {
    const candidate = items[(from + i) % items.length];
    const title = candidate.event.label.normalize('NFC').replace(/^[^\p{L}\p{Nd}]+/u, '');
    if (typeAhead.collator.compare(title.slice(0, prefix.length), prefix) === 0) {
      return candidate;
    }
  }
  return null;
}

// ---- Filter ----

/**
 * Says "23 of 77 events shown" once the filter has stopped changing: a category unticked, a tag or "only"
 * chosen changed the count on the screen alone; a year typed into From said each of "1", "19", "199".
 * An event selected meanwhile is said instead (select).
 */
function sayFilterCount() {
  clearTimeout(filterCountSaying);
  filterCountSaying = setTimeout(() => {
    filterCountSaying = null;
    $('cl-announce').textContent = [$('cl-shown').textContent, $('cl-search-status').textContent].filter(Boolean).join(' ');
  }, 600);
}

/** Shows the events the filter lets through; said (a polite region) unless it is the page's first showing. */
function applyFilter(said = true) {
  const hadSomeInView = anyInView(state.shown);
  state.shown = events.filter(shows);
  state.content = makeContent(state.shown);
  main.setContent(state.content);
  for (const e of events) {
    if (e.item) {
      e.item.hidden = !shows(e);
    }
  }
  if (state.roving?.hidden) {
    rove(shownFrom(list.firstElementChild, true));
  }
  const f = state.filter;
  const filtered = chooses(f);
  notice('');
  // A filter that hides every event left the timeline simply blank (TimelinePlace's card in the window).
  $('cl-none-shown').hidden = state.shown.length > 0 || events.length === 0;
  // With the panel closed, a mark on its button says that not every event is shown (as the window's Filter button has).
  $('cl-filter').classList.toggle('on', filtered);
  const filterButton = document.querySelector('#cl-filter summary');
  filterButton.setAttribute('aria-label', msg(filtered ? 'web.filter.on' : 'web.filter'));
  filterButton.title = filtered ? msg('web.filter.on') : '';
  $('cl-shown').textContent = filtered ? msg('web.status.shown', grouped(state.shown.length), grouped(events.length))
    : msg('web.status.events', grouped(events.length));
  // Each category's count is how many of its events the rest of the filter lets through (FilterPanel.recount):
  // "Treaties signed 23" under a tag that left two.
  const counts = new Map();
  for (const e of events) {
    if (passesAllBut(e, 'hidden')) {
      counts.set(categoryOf(e), (counts.get(categoryOf(e)) || 0) + 1);
    }
  }
  for (const box of document.querySelectorAll('#cl-categories input')) {
    box.checked = !f.hidden.has(box.value);
    box.closest('label').querySelector('.count').textContent = grouped(counts.get(box.value) || 0);
  }
  recountPick($('cl-tag'), 'tags');
  recountPick($('cl-actor'), 'actors');
  showPicked($('cl-tag'), f.tags);
  showPicked($('cl-actor'), f.actors);
  if (state.selected && !shows(state.selected)) {
    select(null, {reveal: false});
  } else {
    showDetails();
  }
  search();
  if (said) {
    sayFilterCount();
  }
  if (hadSomeInView && !anyInView(state.shown)) {
    main.fitAll();
  }
}

/**
 * Whether any of the events is in the view, or where it is heading. A filter that takes every event
 * out of the view (some were in it) has the view glide to those it shows, as in the window
 * (Finder.anyInView): a tag chosen while zoomed into a decade without its events showed an empty
 * timeline under "3 of 77 events shown". A view of an empty period chosen on purpose stays put
 * when a filter is cleared.
 */
function anyInView(shown) {
  if (!shown || shown.length === 0 || main.width <= 0) {
    return false;
  }
  const heading = main.heading();
  const from = heading.secondAt(0);
  const to = heading.secondAt(main.width);
  return shown.some(e => e.endSecond >= from && e.startSecond <= to);
}

/**
 * A choice of one value of a field the events have (tags, who), each with how many events have
 * it; left out where no event has any.
 */
function buildPick(select, label, field, anyKey) {
  const values = [...new Set(events.flatMap(e => e[field]))].sort(new Intl.Collator(data.lang).compare);
  select.replaceChildren(new Option(msg(anyKey), ''), ...values.map(v => new Option(line(v), v)));
  recountPick(select, field);
  label.hidden = values.length === 0;
  select.addEventListener('change', () => {
    state.filter[field] = new Set(select.value ? [select.value] : []);
    $('cl-views').value = '';
    applyFilter();
  });
}

/**
 * Each choice of a tag or a person with how many events it would show: those the rest of the filter lets through,
 * as the categories count theirs. They counted every event: "Vladimir Putin (15)" with only treaties signed shown,
 * which it left none of (a student's walk-through).
 */
function recountPick(select, field) {
  const counts = new Map();
  for (const e of events) {
    if (passesAllBut(e, field)) {
      for (const value of e[field]) {
        counts.set(value, (counts.get(value) || 0) + 1);
      }
    }
  }
  for (const option of select.options) {
    if (option.value && !option.classList.contains('several')) {
      option.textContent = msg('web.filter.counted', line(option.value), grouped(counts.get(option.value) || 0));
    }
  }
}

/**
 * The pick showing the filter's values: one, none ("Any tag"), or what a saved view chose that is
 * none of its choices (several, or one no event has), named together.
 */
function showPicked(select, values) {
  select.querySelector('option.several')?.remove();
  const offered = [...select.options].some(option => values.size === 1 && option.value === [...values][0]);
  select.closest('label').hidden = select.options.length <= 1 && values.size === 0;
  if (values.size > 1 || (values.size === 1 && !offered)) {
    const several = new Option([...values].map(line).join(', '), '');
    several.className = 'several';
    several.disabled = true;
    select.append(several);
    select.selectedIndex = select.options.length - 1;
  } else {
    select.value = values.size === 1 ? [...values][0] : '';
  }
}

/**
 * The fields of the dates shown, after the filter was set by other means than typing in them (a
 * saved view, Show all events). While typing, they keep what was typed: "1990" is not rewritten as
 * the next digit comes, and a text that is no date yet stays, with what is wrong under it.
 */
function showRange() {
  // a note on the dates typed before is not about these
  clearTimeout(noting);
  $('cl-from').value = state.filter.from === null ? '' : boundText(state.filter.from, 'from');
  $('cl-to').value = state.filter.to === null ? '' : boundText(state.filter.to, 'to');
  $('cl-from').setAttribute('aria-invalid', 'false');
  $('cl-to').setAttribute('aria-invalid', 'false');
  $('cl-range-problem').textContent = '';
}

/**
 * A bound as it would be typed: a year, month or day, whichever it is the edge of ("2007", "July
 * 2008"); an end is the instant after the period it closes.
 */
function boundText(second, side) {
  const d = dateAt(second);
  const inside = side === 'to' ? second - 1 : second;
  if (!d) {
    return '';
  }
  if (d.month === 1 && d.day === 1) {
    return yearText(dateAt(inside).year);
  }
  return d.day === 1 ? dateText(inside, 'MONTH') : dateText(inside, 'DAY');
}

/** The pause before a two-digit year's note is shown (rangeTyped); cancelled by anything that writes the fields. */
let noting = 0;

/**
 * The dates typed as the filter's From and To, as in the window: any date the When? question takes
 * ("1990", "July 2007", "480 BCE"), from the start of the first to the end of the second. A bound
 * that is no date, or that would end the range before it starts (the one being typed), is left out
 * until it is mended, and what is wrong is said under the fields: kept while "2010" was typed
 * after "201", the range said one thing and did another.
 */
function rangeTyped(event) {
  const fields = [$('cl-from'), $('cl-to')];
  const texts = fields.map(field => field.value.trim());
  const dates = texts.map(text => (text === '' ? null : parseTypedDate(text)));
  const wrong = texts.map((text, i) => text !== '' && dates[i] === null);
  const wrongText = texts[wrong.indexOf(true)];
  const reason = wrong.includes(true) ? typedDateReason(wrongText) : null;
  let problem = reason !== null ? msg('date.invalid', reason)
    : wrong.includes(true) ? msg('web.filter.notADate', wrongText, msg('date.reason.input')) : '';
  if (!problem && dates[0] && dates[1] && dates[1].to <= dates[0].from) {
    wrong[event && event.target === fields[0] ? 0 : 1] = true;
    problem = msg('form.end.beforeStart');
  }
  // "90" is the year 90, and filters so: said, with the year it likely meant (FilterPanel.shortYearNote), once typing
  // pauses (it is said aloud, and "19" is on the way to "1990"); not for "00", the year 0, which is 1 BCE.
  let note = '';
  for (let i = 0; i < 2 && !problem && !note; i++) {
    const meant = dates[i] && yearOf(dates[i].from) > 0 ? recentYearMeant(texts[i], new Date().getFullYear()) : 0;
    note = meant ? msg('web.filter.shortYear', texts[i], yearText(yearOf(dates[i].from)), yearText(meant)) : '';
  }
  clearTimeout(noting);
  if (note) {
    noting = setTimeout(() => {
      if (fields.every((field, i) => field.value.trim() === texts[i])) {
        $('cl-range-problem').textContent = note;
      }
    }, 700);
  }
  fields.forEach((field, i) => field.setAttribute('aria-invalid', String(wrong[i])));
  $('cl-range-problem').textContent = problem;
  const from = dates[0] && !wrong[0] ? dates[0].from : null;
  const to = dates[1] && !wrong[1] ? dates[1].to : null;
  if (from === state.filter.from && to === state.filter.to) {
    // the same range (a space typed, "1990" retyped): the saved view chosen still holds
    return;
  }
  state.filter.from = from;
  state.filter.to = to;
  $('cl-views').value = '';
  applyFilter();
}

function clearFilter() {
  state.filter = {hidden: new Set(), tags: new Set(), actors: new Set(), from: null, to: null};
  $('cl-views').value = '';
  showRange();
  applyFilter();
}

/**
 * A tag as a button that filters by it (they looked like buttons already, and did nothing): pressed
 * while the filter asks for it, and pressed again it stops asking. As the window's (DetailsPanel).
 */
function tagButton(tag) {
  const pressed = state.filter.tags.has(tag);
  const button = el('button', 'tag', line(tag));
  button.type = 'button';
  button.setAttribute('aria-pressed', String(pressed));
  button.title = msg(pressed ? 'web.details.tag.stop' : 'web.details.tag.showOnly', line(tag));
  button.tagValue = tag;
  button.addEventListener('click', () => pressTag(tag));
  return button;
}

/** A tag's button pressed: the filter changes and the details are made again; the reader stays where they were, the keys on the tag. */
function pressTag(tag) {
  const panel = $('cl-details');
  const at = panel.scrollTop;
  const pageAt = window.scrollY;
  const only = !state.filter.tags.has(tag);
  state.filter.tags = only ? new Set([tag]) : new Set([...state.filter.tags].filter(t => t !== tag));
  $('cl-views').value = '';
  applyFilter();
  panel.scrollTop = at;
  window.scrollTo(window.scrollX, pageAt);
  [...panel.querySelectorAll('button.tag')].find(b => b.tagValue === tag)?.focus({preventScroll: true});
  notice(only ? msg('web.filter.tagShown', state.shown.length, line(tag)) : msg('web.filter.tagShownAll', line(tag)));
}

/** An event the filter hides, to be shown (a related link, an address): the filter goes, and the page says so. */
function clearFilterFor(e) {
  if (!shows(e)) {
    const f = state.filter;
    const cleared = {filter: {...f, hidden: new Set(f.hidden), tags: new Set(f.tags), actors: new Set(f.actors)}, view: $('cl-views').value};
    clearFilter();
    notice(msg('web.filter.clearedFor', e.label));
    return cleared;
  }
  return null;
}

/**
 * FiltersClearedByLinks.backTo: Back to the event a link that cleared the filter was followed from puts that filter
 * back, unless another was chosen since. Back left it off: a student's one category was lost for one look.
 */
function putFilterBackFor(e) {
  if (chooses(state.filter)) {
    state.clearedByLinks = [];
    return;
  }
  const last = state.clearedByLinks[state.clearedByLinks.length - 1];
  if (!last || last.from !== e) {
    return;
  }
  state.clearedByLinks.pop();
  state.filter = last.filter;
  $('cl-views').value = last.view;
  showRange();
  applyFilter();
  notice(msg('web.filter.putBack', e.label));
}

/** The legend of the categories, each with a checkbox, its count and "only"; and the file's saved views. */
function buildFilter() {
  const counts = new Map();
  for (const e of events) {
    counts.set(categoryOf(e), (counts.get(categoryOf(e)) || 0) + 1);
  }
  const ids = [...data.categories.map(c => c.id), ''].filter(id => counts.has(id));
  $('cl-categories').replaceChildren(...ids.map(id => {
    const row = el('li');
    const label = el('label');
    const box = el('input');
    box.type = 'checkbox';
    box.value = id;
    box.checked = true;
    box.addEventListener('change', () => {
      if (box.checked) {
        state.filter.hidden.delete(id);
      } else {
        state.filter.hidden.add(id);
      }
      applyFilter();
    });
    label.append(box, categorySwatch(id), el('span', 'name', categoryName(id)),
      el('span', 'count', grouped(counts.get(id))));
    const only = el('button', 'only', msg('web.filter.only'));
    only.type = 'button';
    only.setAttribute('aria-label', msg('web.filter.only.label', categoryName(id)));
    only.addEventListener('click', () => {
      state.filter.hidden = new Set(ids.filter(other => other !== id));
      applyFilter();
    });
    row.append(label, only);
    return row;
  }));
  const views = $('cl-views');
  views.append(new Option(msg('web.filter.views.choose'), ''), ...data.views.map(v => new Option(line(v.title), v.id)));
  $('cl-views-label').hidden = data.views.length === 0;
  views.addEventListener('change', () => {
    const v = data.views.find(view => view.id === views.value);
    if (v) {
      state.filter = {hidden: new Set(v.hideCategories), tags: new Set(v.tags), actors: new Set(v.actors), from: v.fromSecond,
        to: v.toSecond};
      showRange();
      applyFilter();
    }
  });
  $('cl-clear-filter').addEventListener('click', clearFilter);
  buildPick($('cl-tag'), $('cl-tag-label'), 'tags', 'filter.tags.any');
  buildPick($('cl-actor'), $('cl-actor-label'), 'actors', 'filter.actors.any');
  for (const field of [$('cl-from'), $('cl-to')]) {
    field.addEventListener('input', rangeTyped);
  }
}

// ---- Search ----

function search() {
  state.terms = searchTerms(searchBox.value);
  if (state.terms.length === 0) {
    state.matches = null;
    state.matchIndex = -1;
  } else {
    state.matches = rankedMatches(state.shown, state.terms);
    state.matchIndex = state.selected ? state.matches.indexOf(state.selected) : -1;
  }
  main.matches = state.matches && new Set(state.matches.map(e => e.id));
  main.requestDraw();
  showResults();
  updateSearchStatus();
  // Said once typing pauses (the region is polite); the status line beside the box is not itself a live region.
  $('cl-announce').textContent = $('cl-search-status').textContent;
}

/** How many results the list under the search box shows; the rest are reached with Enter. */
const RESULTS_SHOWN = 100;

function showResults() {
  const matches = state.matches || [];
  const items = matches.slice(0, RESULTS_SHOWN).map(e => {
    const button = el('button');
    button.type = 'button';
    // Reached with the arrows from the search box, not one Tab stop each (a hundred before the filter).
    button.tabIndex = -1;
    button.append(marked(el('span', 'date'), e.dateText), marked(el('span', 'title'), e.label));
    const snippet = matchSnippet(e);
    if (snippet !== null) {
      const why = el('span', 'snippet');
      if (snippet.field !== 'text') {
        // Which field, when not the text: "Source:" said why "Putin" listed the CFE Treaty's signing in 1990.
        why.append(el('b', 'field', msg('web.search.in.' + snippet.field)), ' ');
      }
      button.append(marked(why, snippet.text));
    }
    button.addEventListener('click', () => {
      select(e);
      // The choice is made: the list closes (it stayed open over the event chosen) and the keys go to the timeline.
      results.hidden = true;
      main.canvas.focus({preventScroll: true});
      // on a phone they are below the timeline, off the screen
      revealDetails();
    });
    const item = el('li');
    item.append(button);
    return item;
  });
  if (matches.length > RESULTS_SHOWN) {
    items.push(el('li', 'more', msg('web.search.more', grouped(matches.length - RESULTS_SHOWN))));
  }
  results.replaceChildren(...items);
  clearTimeout(suggesting);
  if (state.matches !== null && matches.length === 0) {
    // Nothing found, "Moskow" typed: once typing pauses, the events' nearest words are offered ("Did you mean “Moscow”?").
    const typed = searchBox.value;
    suggesting = setTimeout(() => offerSuggestion(typed), 250);
  }
  results.hidden = items.length === 0;
  placeResults();
}

/**
 * The results as wide as 24 letters' room where the screen has it, not only the search box's width: at 1024 pixels
 * the box is 175 pixels wide, and a title took four lines (a student's walk-through). Moved left as far as needed
 * to stay on the screen; never narrower than the box.
 */
function placeResults() {
  if (results.hidden) {
    return;
  }
  const margin = 8;
  const room = document.documentElement.clientWidth;
  const box = results.parentElement.getBoundingClientRect();
  const wanted = 24 * parseFloat(getComputedStyle(document.documentElement).fontSize);
  const width = Math.max(box.width, Math.min(wanted, room - 2 * margin));
  const left = Math.max(Math.min(box.left, room - margin - width), Math.min(margin, box.left));
  results.style.left = (left - box.left) + 'px';
  results.style.right = 'auto';
  results.style.width = width + 'px';
}

/** The pause in typing before "Did you mean" is looked for: on a large timeline each look takes a while. */
let suggesting = 0;

/** "Did you mean …?" under the search box, and said, when the search typed finds nothing and a word near it would. */
function offerSuggestion(typed) {
  // Only while the reader is at the search (a filter's change searches again too) and it still says what it said.
  const there = document.activeElement === searchBox || results.contains(document.activeElement);
  const suggestion = there && searchBox.value === typed ? searchSuggestion(typed) : null;
  if (suggestion === null) {
    return;
  }
  const button = el('button', 'suggestion', msg('web.search.didYouMean', suggestion));
  button.type = 'button';
  button.tabIndex = -1;
  button.addEventListener('click', () => {
    searchBox.value = suggestion;
    searchBox.focus();
    search();
  });
  const item = el('li');
  item.append(button);
  results.replaceChildren(item);
  reopenResults();
  // Two sentences, heard as two: "No matches Did you mean…" ran them together.
  const status = $('cl-search-status').textContent.trim();
  $('cl-announce').textContent = status + (/[.!?\u2026]$/.test(status) ? ' ' : '. ') + button.textContent;
}

/** MatchSnippet.fields: the fields searched but the title and date, each with its kind, in the order a snippet is looked for in them. */
function snippetFields(e) {
  return [['text', e.summary], ['text', e.description], ['place', e.location], ...e.tags.map(t => ['tag', t]),
    ...e.actors.map(a => ['person', a]), ...e.sources.map(source => ['source', source.title])];
}

/**
 * Why a result matched when its title and date do not say: a few words around the first match in
 * its text, place, tags, people or sources, and which ({field, text}: MatchSnippet.Snippet). "cfe"
 * listed "MBFR talks in Vienna" and "Helsinki Final Act signed" with nothing to show why.
 */
function matchSnippet(e) {
  // Around a word the title and date do not show ("lavrov" of "cfe lavrov" in an event whose title has "CFE").
  const shown = [fold(e.label), fold(e.dateText)];
  const terms = state.terms.filter(term => shown.every(text => findTerm(text, term, 0) < 0));
  if (terms.length === 0) {
    return null;
  }
  for (const [field, text] of snippetFields(e)) {
    const words = text == null ? '' : text.replace(/\s+/g, ' ').trim();
    const found = words === '' ? [] : highlights(words, terms);
    if (found.length === 0) {
      continue;
    }
    const at = found[0][0];
    // About 30 characters before the match and 60 after, cut between words (and never inside a character).
    let start = at <= 30 ? 0 : words.indexOf(' ', at - 30) + 1;
    if (start <= 0 || start > at) {
      start = Math.max(0, at - 30);
    }
    let end = words.length - at <= 60 ? words.length : words.lastIndexOf(' ', at + 60);
    if (end <= found[0][1]) {
      end = Math.min(words.length, at + 60);
    }
    const low = i => i > 0 && i < words.length && /[\uDC00-\uDFFF]/.test(words[i]);
    while (low(start)) {
      start--;
    }
    while (low(end)) {
      end++;
    }
    return {field, text: (start > 0 ? '\u2026' : '') + words.slice(start, end).trim() + (end < words.length ? '\u2026' : '')};
  }
  return null;
}

// ---- Did you mean (SearchSuggestion) ----

/** Every word the search reads in the events, folded (from the search's own folded text), and how many times it occurs. */
let searchWords = null;

function wordsOfEvents() {
  if (searchWords === null) {
    searchWords = new Map();
    for (const e of events) {
      for (const [word] of searchableText(e).matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
        searchWords.set(word, (searchWords.get(word) || 0) + 1);
      }
    }
  }
  return searchWords;
}

/**
 * SearchSuggestion.shown: a folded word as the events write it ("Kraków" for "krakow"), looked for in
 * the first 200 events that have it, in capitals only when no other way is found; the folded word when
 * none writes it so (a word of a date as shown, "october").
 */
function shownWord(folded) {
  let capitals = null;
  let looked = 0;
  for (const e of events) {
    if (!searchableText(e).includes(folded)) {
      continue;
    }
    for (const field of [e.title, ...snippetFields(e).map(([, text]) => text)]) {
      if (field != null && fold(field).includes(folded)) {
        for (const [word] of field.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
          if (fold(word) === folded) {
            if (!isCapitals(word)) {
              return word;
            }
            capitals ??= word;
          }
        }
      }
    }
    if (++looked === 200) {
      break;
    }
  }
  return capitals ?? folded;
}

/** SearchSuggestion.MOST_TRIED: of the words as near as the nearest, how many are tried with the rest of the search. */
const MOST_TRIED = 8;

/**
 * SearchSuggestion.suggest: what to search for instead of what was typed, when it finds no event:
 * each word that finds nothing replaced by the events' word nearest to it, the rest as typed; null
 * when there is no such word for each (or it was "quoted"), or what it makes finds nothing either.
 */
function searchSuggestion(typed) {
  const findsAny = terms => events.some(e => matchesTerms(searchableText(e), terms));
  const quoted = new Set();
  for (const m of typed.matchAll(/"([^"]*)"?|([^ \t\n\x0B\f\r]+)/g)) {
    if (m[1] !== undefined) {
      quoted.add(searchTerms(m[0])[0]?.text ?? '');
    }
  }
  const terms = searchTerms(typed);
  const kept = terms.filter(term => findsAny([term]));
  const unfound = terms.filter(term => !kept.includes(term));
  if (unfound.length === 0 || unfound.some(term => quoted.has(term.text))) {
    return null;
  }
  const replaced = new Map();
  for (const term of unfound) {
    // Of words as near, the one that finds the most events with the rest: "warsaw pakt" is "warsaw pact", not "warsaw part".
    let chosen = null;
    let most = 0;
    for (const option of nearestWords(term)) {
      const together = [...kept, {text: option, whole: false}];
      const found = events.filter(e => matchesTerms(searchableText(e), together)).length;
      if (found > most) {
        chosen = option;
        most = found;
      }
    }
    if (chosen === null) {
      return null;
    }
    kept.push({text: chosen, whole: false});
    let shown = shownWord(chosen);
    if (isCapitals(shown) && !findsAny([...kept.slice(0, -1), {text: chosen, whole: true}])) {
      // in capitals it is searched as a whole word ("INF" does not find "information"), and would find nothing
      shown = chosen;
    }
    replaced.set(term.text, shown);
  }
  const suggestion = javaStrip(typed.replace(/"([^"]*)"?|([^ \t\n\x0B\f\r]+)/g,
    (piece, quotedText, word) => (word !== undefined && replaced.get(javaStrip(fold(word)))) || piece));
  return findsAny(searchTerms(suggestion)) ? suggestion : null;
}

/**
 * SearchSuggestion.nearest: the events' words nearest to a word typed, folded. First the fewest
 * letters changed, added, removed or swapped (one in a word of up to five letters, two in a longer
 * one; a word typed in part is compared with as much of the events' word), then the longest stem in
 * common. Of those as near as the nearest, at most MOST_TRIED: the ones that find the most words
 * first, then the shorter.
 */
function nearestWords(term) {
  const t = term.text;
  const length = [...t].length;
  if (length < 3 || t.includes(' ') || !/\p{L}/u.test(t)) {
    return [];
  }
  const allowed = length <= 5 ? 1 : 2;
  const words = wordsOfEvents();
  let nearest = [];
  let least = Infinity;
  for (const w of words.keys()) {
    const cost = wordCost(t, w, allowed, length);
    if (cost < least) {
      nearest = [];
      least = cost;
    }
    if (cost === least && cost !== Infinity) {
      nearest.push(w);
    }
  }
  const finds = new Map(nearest.map(w => {
    let found = 0;
    for (const [other, count] of words) {
      if (other.startsWith(w)) {
        found += count;
      }
    }
    return [w, found];
  }));
  // (Compared as Java compares strings: by UTF-16 code units, as < does.)
  nearest.sort((a, b) => finds.get(b) - finds.get(a) || a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  return nearest.slice(0, MOST_TRIED);
}

function wordCost(t, w, allowed, length) {
  const edits = Math.abs(w.length - t.length) <= allowed ? editDistance(t, w) : Infinity;
  if (edits <= allowed) {
    return 2 * edits;
  }
  if (length >= 5 && w.length > t.length) {
    const inPart = editDistance(t, w.slice(0, t.length));
    if (inPart <= allowed) {
      return 2 * inPart + 1;
    }
  }
  let shared = 0;
  while (shared < Math.min(t.length, w.length) && t[shared] === w[shared]) {
    shared++;
  }
  return shared >= 4 && shared >= t.length - 4 ? 2 * allowed + 2 + t.length - shared : Infinity;
}

/** Letters changed, added, removed or swapped with the next to make a into b (optimal string alignment). */
function editDistance(a, b) {
  let before = new Array(b.length + 1).fill(0);
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  let current = new Array(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, before[j - 2] + 1);
      }
      current[j] = d;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length];
}

/**
 * Fills a result's part with its text, the words the search found in it in bold (a date too: "1999"); a Hebrew or
 * Arabic title reads, and stands, from the right, as a title given whole to el does.
 */
function marked(into, text) {
  into.dir = 'auto';
  let at = 0;
  for (const [from, to] of highlights(text, state.terms)) {
    into.append(text.slice(at, from), el('b', null, text.slice(from, to)));
    at = to;
  }
  into.append(text.slice(at));
  return into;
}

function updateSearchStatus() {
  const matches = state.matches;
  $('cl-search-status').textContent = matches === null ? ''
    : matches.length === 0 ? msg('web.search.none')
      : state.matchIndex >= 0 ? msg('web.search.matchOf', grouped(state.matchIndex + 1), grouped(matches.length))
        : matches.length === 1 ? msg('web.search.one') : msg('web.search.matches', grouped(matches.length));
}

/** Selects the next (1) or previous (-1) match of the list, wrapping around; from none, its first (the best) or its last. */
function stepMatch(direction) {
  const matches = state.matches;
  if (!matches || matches.length === 0) {
    return;
  }
  let next;
  if (state.matchIndex >= 0) {
    next = (state.matchIndex + direction + matches.length) % matches.length;
  } else if (direction > 0) {
    next = 0;
  } else {
    next = matches.length - 1;
  }
  select(matches[next]);
}

searchBox.addEventListener('input', search);
/** The results closed when one was chosen: coming back to the search box opens them again (not as Esc gives it the keys back). */
let resultsClosedByEsc = false;
const reopenResults = () => {
  results.hidden = resultsClosedByEsc || results.childElementCount === 0;
  placeResults();
};
searchBox.addEventListener('focus', reopenResults);
searchBox.addEventListener('keydown', event => {
  if (event.key === 'Enter') {
    event.preventDefault();
    stepMatch(event.shiftKey ? -1 : 1);
    if (matchMedia('(pointer: coarse) and (hover: none)').matches && state.matchIndex >= 0) {
      // A phone's search key: the match is chosen as a tap on it would choose it. The list stayed open over
      // the timeline, the keyboard up and the details below the screen. A tablet with a keyboard or a
      // trackpad (it can hover) keeps Enter stepping through the matches, as on a laptop.
      results.hidden = true;
      searchBox.blur();
      revealDetails();
    }
  } else if (event.key === 'ArrowDown') {
    reopenResults();
    if (!results.hidden) {
      event.preventDefault();
      results.querySelector('button')?.focus();
    }
  }
});
results.addEventListener('keydown', event => {
  if (event.key === 'Escape') {
    // The list closes and the keys go back to the search box, its text kept.
    event.preventDefault();
    event.stopPropagation();
    resultsClosedByEsc = true;
    results.hidden = true;
    searchBox.focus();
    resultsClosedByEsc = false;
    return;
  }
  const item = event.target.closest('li');
  if (!item) {
    // The list itself has the focus (a click on its edge or its scroll bar): the arrows go to its first result or back up.
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      (event.key === 'ArrowDown' && results.querySelector('button') || searchBox).focus();
    }
    return;
  }
  const next = event.key === 'ArrowDown' ? item.nextElementSibling : event.key === 'ArrowUp' ? item.previousElementSibling : undefined;
  if (next !== undefined) {
    event.preventDefault();
    (next?.querySelector('button') || searchBox).focus();
  }
});

// ---- The timeline's pointer and keys (TimelineInput) ----

/** Wheel zooms around the pointer (sideways it pans, with Shift it scrolls the lanes); drag pans and scrolls; pinch zooms. */
function attachPointer(view) {
  const canvas = view.canvas;
  const pointers = new Map();
  let press = null;
  let pinchDistance = 0;
  const at = e => [e.offsetX, e.offsetY];

  canvas.addEventListener('wheel', e => {
    e.preventDefault();
    const unit = e.deltaMode === 1 ? 33 : e.deltaMode === 2 ? view.height : 1;
    const dx = e.deltaX * unit;
    const dy = e.deltaY * unit;
    if (e.shiftKey) {
      view.scrollLanesTo(view.laneScroll + (dy || dx));
    } else if (Math.abs(dx) > Math.abs(dy)) {
      view.stopGliding();
      view.setScale(view.panned(view.scale, view.scale.pannedBy(-dx)));
    } else if (e.ctrlKey) {
      // a trackpad's pinch
      view.zoomAroundNow(Math.pow(1.01, -dy), e.offsetX);
    } else if (dy !== 0) {
      view.zoomAround(Math.pow(1.25, -dy / 100), e.offsetX); // 100 pixels to a notch of the wheel
    }
  }, {passive: false});

  canvas.addEventListener('pointerdown', e => {
    canvas.setPointerCapture(e.pointerId);
    pointers.set(e.pointerId, at(e));
    if (pointers.size === 1) {
      press = {x: e.offsetX, clientY: e.clientY, scale: view.scale, scroll: view.laneScroll, dragging: false, pinching: false, pageScrolled: 0};
    } else if (pointers.size === 2 && press) {
      press.pinching = true;
      view.stopGliding();
      const [a, b] = pointers.values();
      pinchDistance = Math.hypot(a[0] - b[0], a[1] - b[1]);
    }
  });

  canvas.addEventListener('pointermove', e => {
    if (!press) {
      if (e.pointerType === 'mouse') {
        hover(view, ...at(e));
      }
      return;
    }
    pointers.set(e.pointerId, at(e));
    if (press.pinching) {
      if (pointers.size === 2) {
        const [a, b] = pointers.values();
        const distance = Math.hypot(a[0] - b[0], a[1] - b[1]);
        view.zoomAroundNow(distance / pinchDistance, (a[0] + b[0]) / 2);
        pinchDistance = distance;
      }
      return;
    }
    const dx = e.offsetX - press.x;
    // The finger's own travel: the page may scroll under it (below), which moves the canvas too.
    const dy = e.clientY - press.clientY;
    if (!press.dragging && Math.hypot(dx, dy) < 4) {
      return;
    }
    press.dragging = true;
    view.stopGliding();
    view.setScale(view.panned(view.scale, press.scale.pannedBy(dx)));
    const wanted = press.scroll - dy;
    view.scrollLanesTo(wanted);
    if (e.pointerType !== 'mouse' && Math.abs(dy) > Math.abs(dx)) {
      // Past the first or last lane a mostly vertical swipe goes on to scroll the page, as nested scrolling does on
      // a phone: the timeline fills most of a phone held sideways, and a page that only scrolled beside it was a trap.
      const beyond = wanted - view.laneScroll;
      window.scrollBy(0, beyond - press.pageScrolled);
      press.pageScrolled = beyond;
    }
  });

  const release = e => {
    pointers.delete(e.pointerId);
    if (press && e.type === 'pointerup' && !press.dragging && !press.pinching) {
      clicked(view, e.offsetX, e.offsetY);
    }
    if (pointers.size === 0) {
      press = null;
    }
  };
  canvas.addEventListener('pointerup', release);
  canvas.addEventListener('pointercancel', release);
  canvas.addEventListener('pointerleave', () => {
    if (view.hoveredId) {
      view.hoveredId = null;
      view.requestDraw();
    }
  });
  canvas.addEventListener('dblclick', e => {
    if (!view.hit(e.offsetX, e.offsetY)) {
      view.zoomAround(2, e.offsetX);
    }
  });
}

function hover(view, x, y) {
  const hit = view.hit(x, y);
  const e = hit && hit.event;
  view.canvas.style.cursor = hit ? 'pointer' : 'default';
  const era = hit ? null : view.eraAt(x, y);
  view.canvas.title = e ? e.label + '\n' + e.dateText : era ? line(era.title) + '\n' + era.dateText : '';
  if ((e ? e.id : null) !== view.hoveredId) {
    view.hoveredId = e ? e.id : null;
    view.requestDraw();
  }
}

/** An event selects it; a cluster zooms into its events; empty space clears the selection. */
function clicked(view, x, y) {
  const hit = view.hit(x, y);
  if (hit && hit.event) {
    select(hit.event, {reveal: false});
  } else if (hit) {
    view.show(hit.fromSecond, Math.max(hit.toSecond, hit.fromSecond + MIN_SPAN));
  } else {
    select(null, {reveal: false});
  }
}

/** Whether the period a key or a button zoomed or moved to is to be said once the view is still; and the timer that waits for it. */
let periodAsked = false;
let periodTimer = 0;

/**
 * ScreenReaderText, with nothing selected: the period in view, how many of the events shown are in it and how
 * many of them are counted in clusters ("Timeline from 2009 to 2036, 30 events; 12 of them in clusters…").
 */
function periodSentence() {
  const clustered = main.drawn ? main.drawn.layout.clusters.reduce((sum, c) => sum + c.count, 0) : 0;
  const [from, to] = main.describedPeriod();
  const inView = state.content.all.countOverlapping(main.scale.secondAt(0), main.scale.secondAt(main.width));
  return msg('a11y.timeline.period', from, to, inView, clustered);
}

/** With nothing selected, the period is said once the zoom or move just asked for is over (the window's timeline says it too). */
function sayPeriodOnceStill() {
  periodAsked = !state.selected;
}

/** The timeline's keys, wherever the focus is but in a text field or a menu. */
function timelineKey(e) {
  const width = main.width;
  switch (e.key) {
    case '+':
    case '=': main.zoomAround(1.5, width / 2); sayPeriodOnceStill(); break;
    case '-':
    case '\u2212': main.zoomAround(1 / 1.5, width / 2); sayPeriodOnceStill(); break;
    case 'ArrowLeft': main.panBy(width / 5); sayPeriodOnceStill(); break;
    case 'ArrowRight': main.panBy(-width / 5); sayPeriodOnceStill(); break;
    case 'ArrowUp':
    case 'ArrowDown':
      if (e.target !== main.canvas) {
        return false;
      }
      main.scrollLanesTo(main.laneScroll + main.metrics.rowHeight * 3 * (e.key === 'ArrowUp' ? -1 : 1));
      break;
    case 'Home':
    case 'End':
      if (e.target !== main.canvas) {
        // elsewhere on the page they scroll it, as on any page
        return false;
      }
      // falls through
    case '[':
    case ']': {
      const shown = state.content.events;
      const next = e.key === 'Home' ? shown[0] : e.key === 'End' ? shown[shown.length - 1] : adjacent(e.key === ']' ? 1 : -1);
      if (next) {
        select(next);
      }
      break;
    }
    case 'Escape':
      if (!state.selected) {
        return false;
      }
      select(null, {reveal: false});
      break;
    case 'Enter':
      // As Enter in the list: the keys go to the selected event's details, and Esc there comes back here.
      if (e.target !== main.canvas || !state.selected) {
        return false;
      }
      main.canvas.event = state.selected;
      readDetailsFrom(main.canvas);
      break;
    case 'p':
    case 'P': startPresenting(); break;
    default: return false;
  }
  return true;
}

// The filter drops down over the page: a tap or click elsewhere closes it, and so does Esc inside it.
const filterBox = $('cl-filter');
document.addEventListener('pointerdown', e => {
  if (filterBox.open && !filterBox.contains(e.target)) {
    filterBox.open = false;
  }
});
/**
 * The panel opens under its button and stays on the screen: leftwards from the button's right edge
 * where there is room, else from its left edge, else as far left as the screen allows. Where the
 * button lands depends on how the header wraps (at the right end of a phone's row the panel ran
 * off the right edge; wrapped to the left of a tablet's, a panel opening leftwards ran off the left).
 */
function placeFilterPanel() {
  const panel = filterBox.querySelector('.filter-body');
  const margin = 8;
  const room = document.documentElement.clientWidth;
  const button = filterBox.getBoundingClientRect();
  const width = Math.min(panel.offsetWidth, room - 2 * margin);
  const left = button.right - width >= margin ? button.right - width : Math.max(margin, Math.min(button.left, room - margin - width));
  panel.style.left = (left - button.left) + 'px';
  panel.style.right = 'auto';
}
filterBox.addEventListener('toggle', () => {
  if (filterBox.open) {
    placeFilterPanel();
  }
});
window.addEventListener('resize', () => {
  if (filterBox.open) {
    placeFilterPanel();
  }
  placeResults();
});
filterBox.addEventListener('keydown', e => {
  if (e.key === 'Escape' && filterBox.open) {
    filterBox.open = false;
    filterBox.querySelector('summary').focus();
    e.preventDefault();
  }
});

/**
 * Whether a key is pressed with Ctrl, Alt or ⌘ as a shortcut of its own. AltGr only types a character, as
 * ] on a German keyboard, which did nothing: Windows gives it as Ctrl and Alt, a Mac's Option as Alt, and
 * either types a symbol there.
 */
function withModifier(e) {
  const typesSymbol = e.altKey && [...e.key].length === 1 && !/[\p{L}\p{N}]/u.test(e.key);
  const altGraph = e.getModifierState?.('AltGraph') || typesSymbol;
  return e.metaKey || (!altGraph && (e.ctrlKey || e.altKey));
}

/**
 * Whether a Mac's Option typed a letter (ó, ł, ż on a Polish keyboard, ø, å): text, as in the window's list, not
 * Alt with a letter as a shortcut. Elsewhere Alt with a letter types nothing (AltGr is told apart by withModifier).
 */
function typedWithOption(e) {
  return e.altKey && !e.ctrlKey && !e.metaKey && /^(Mac|iP)/.test(navigator.platform) && /\p{L}/u.test(e.key);
}

/**
 * Whether the timeline's keys are the keys' owner here: on the timeline (its drawing, zoom buttons and
 * strip) or with nothing focused. Page-wide, P on a source's link started presenting and → on it moved the
 * timeline (a keyboard audit; single-key shortcuts only where they are the focused part's, WCAG 2.1.4).
 */
function timelineHasKeys(target) {
  return target === document.body || target === document.documentElement || !!target.closest('.timeline');
}

document.addEventListener('keydown', e => {
  if (withModifier(e) || e.defaultPrevented || !$('cl-study-view').hidden) {
    // while studying, the keys are the study window's alone
    return;
  }
  if (presenting.steps) {
    presentKey(e);
  } else if (e.key === 'F5' && !e.shiftKey && takesUpWhereLeft() && timelineHasKeys(e.target)) {
    // A clicker's Present button, after its Esc by mistake: on from the step left, as F5 in the window. It reloaded
    // the page, and its PageDown scrolled it away from the timeline (a teacher's walk-through).
    e.preventDefault();
    startPresenting();
  } else if (timelineHasKeys(e.target) && timelineKey(e)) {
    e.preventDefault();
  }
});

// ---- Presenting (PresentationMode, PresentationSteps) ----

const presentView = new TimelineView($('cl-present-canvas'), 'COMPACT', true);
/** leftAt: where the last presentation ended before its last step, to come back to (see startPresenting). */
const presenting = {steps: null, index: 0, title: '', returnFocus: null, leftAt: null, typed: '', saying: 0, type: 1, noteTimer: 0,
  shownIndex: -1};
/** How far either side of a step the view reaches, in distances to the nearest neighbouring step. */
const NEIGHBOUR_CONTEXT = 1.2;
/** PresentationSteps.LONE_SIDE_CONTEXT: before the first step in time and after the last, a little room only. */
const LONE_SIDE_CONTEXT = 0.2;

/** Steps: the shown events in time order from the selected one, or a tour's events in its order over the whole timeline. */
/** Whether Present takes up a presentation ended on the way (a clicker's Esc, one press): nothing chosen since. */
function takesUpWhereLeft() {
  const left = presenting.leftAt;
  return !!left && left.tour === $('cl-steps').value && (state.selected?.id ?? null) === left.selectedId;
}

function startPresenting(e) {
  if (presenting.steps) {
    return;
  }
  const tour = data.tours.find(t => t.id === $('cl-steps').value);
  // Ended on the way and nothing chosen since: on from where it was, not from the first step.
  const left = presenting.leftAt;
  const takeUp = takesUpWhereLeft();
  let steps;
  let index = 0;
  if (tour) {
    steps = tour.steps.map(id => byId.get(id)).filter(Boolean);
    presenting.title = line(tour.title);
    presentView.setContent(makeContent(events));
    if (takeUp && steps[left.index]?.id === left.eventId) {
      index = left.index;
    }
  } else {
    // EventIndex.earliestFirst: by the earliest each may have happened, as its card says it.
    steps = [...state.shown].sort((a, b) => a.possibleFrom - b.possibleFrom || a.startSecond - b.startSecond
      || a.endSecond - b.endSecond || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
    index = Math.max(0, takeUp ? steps.indexOf(byId.get(left.eventId)) : steps.indexOf(state.selected));
    // With a filter on, the title says so: "All events shown" told the class that every event was there.
    presenting.title = state.shown.length < events.length
      ? msg('web.status.shown', grouped(state.shown.length), grouped(events.length)) : msg('web.present.allShown');
    presentView.setContent(state.content);
  }
  if (steps.length === 0) {
    // A tour is presented over every event, whatever the filter: when none of its events is left, the filter is not why.
    notice(msg(tour ? 'web.present.tourEmpty' : 'web.present.noSteps'));
    return;
  }
  notice('');
  presenting.steps = steps;
  presenting.index = index;
  presenting.shownIndex = -1;
  presenting.returnFocus = opener(e);
  const overlay = $('cl-present-view');
  // A page in dark mode presents for a dark room, as a dark window does; D switches between the two.
  overlay.classList.toggle('dark-room', matchMedia('(prefers-color-scheme: dark)').matches);
  applySlideType(keptSlideType());
  overlay.hidden = false;
  setBackgroundInert(true);
  enterHistoryStep('present');
  $('cl-present-title').textContent = presenting.title;
  // refused or not there: the overlay covers the window instead
  overlay.requestFullscreen?.().catch(() => {});
  overlay.focus();
  presentView.restyle();
  presentView.setViewport($('cl-present-stage').clientWidth, $('cl-present-stage').clientHeight);
  showStep(false);
  // A size kept from the last presentation, perhaps another teacher's, which nothing on the slides showed.
  if (presenting.type !== 1) {
    saySlideType(presenting.type);
  }
}

// ---- The slides' type size (SlideType) ----

/** SlideType.SMALLEST and LARGEST: the teacher's scale goes from 80% to 150%. */
const SLIDE_TYPE = [0.8, 1.5];
const slideTypeWithin = scale => Math.max(SLIDE_TYPE[0], Math.min(SLIDE_TYPE[1], scale));

/**
 * SlideType: the teacher's scale over the type size the screen gives, from + and - (80% to 150%, a
 * tenth at a time), kept in this browser for the next presentation. The page had none: its type is
 * a share of the screen's height, which the browser's zoom does not change.
 */
function keptSlideType() {
  try {
    const kept = Number(localStorage.getItem('chronoline.slideType') || 1);
    return Number.isFinite(kept) ? slideTypeWithin(kept) : 1;
  } catch (unavailable) {
    // a browser that keeps nothing: the size of this visit's last presentation
    return presenting.type;
  }
}

function applySlideType(scale) {
  presenting.type = scale;
  $('cl-present-view').style.setProperty('--slide-type', scale);
}

/** + (1) or - (-1): a tenth larger or smaller, said for a moment and kept; at either end, said so. */
function changeSlideType(direction) {
  const next = slideTypeWithin(Math.round((presenting.type + direction / 10) * 10) / 10);
  if (next !== presenting.type) {
    applySlideType(next);
    try {
      localStorage.setItem('chronoline.slideType', next);
    } catch (unavailable) {
      // kept for this visit only
    }
    presentView.restyle();
    showStep(false);
  }
  // said once the step is shown again
  saySlideType(next);
}

/** "Slide type 130%" at the top for two seconds, and to a screen reader; at either end, that it is the largest or smallest. */
function saySlideType(scale) {
  const text = msg(scale >= SLIDE_TYPE[1] ? 'present.typeSize.largest' : scale <= SLIDE_TYPE[0] ? 'present.typeSize.smallest' : 'present.typeSize',
    Math.round(scale * 100));
  const note = $('cl-present-note');
  note.textContent = text;
  note.hidden = false;
  clearTimeout(presenting.noteTimer);
  presenting.noteTimer = setTimeout(() => {
    note.hidden = true;
  }, 2000);
  sayWhilePresenting(text);
}

/**
 * Presenting and studying are a step in the browser's history, at the same address: its Back (a phone's back
 * gesture) ends them, as Esc does. It left the page, and the round under way with it.
 */
function enterHistoryStep(overlay) {
  history.pushState({step: state.step, overlay}, '');
}

/** Ended by Esc or a button: the step it added goes, so that the next Back goes where it would have before. */
function leaveHistoryStep(overlay) {
  if (history.state && history.state.overlay === overlay) {
    history.back();
  }
}

addEventListener('popstate', () => {
  const overlay = history.state && history.state.overlay;
  if (overlay !== 'study' && !$('cl-study-view').hidden) {
    endStudying();
  }
  if (overlay !== 'present' && presenting.steps) {
    endPresenting();
  }
  // Forward to a step whose window was closed by Back: a plain step again, so that the next window's step is its own.
  if (overlay && (overlay === 'study' ? $('cl-study-view').hidden : !presenting.steps)) {
    history.replaceState({step: history.state.step}, '');
  }
});

/**
 * Where the keys go when Present or Study ends: where they were when the keyboard started it (its button, or the
 * timeline for P), and to the timeline when a pointer pressed the button, where its one-key shortcuts act. After a
 * click on Present and Esc, the keys were on the button and → moved nothing (a keyboard press has no click count).
 */
function opener(click) {
  // A click's pointer type ('' from the keyboard); where a browser has none, its click count (0 from the keyboard).
  const byPointer = click && ('pointerType' in click ? click.pointerType !== '' : click.detail > 0);
  return byPointer ? $('cl-canvas') : document.activeElement;
}

function endPresenting() {
  // The page stays as it was; the place is kept, for Present to take up again (see startPresenting).
  presenting.leftAt = presenting.index < presenting.steps.length - 1 ? {tour: $('cl-steps').value, index: presenting.index,
    eventId: presenting.steps[presenting.index].id, selectedId: state.selected?.id ?? null} : null;
  typeStep(null);
  saidWhilePresenting();
  clearTimeout(presenting.noteTimer);
  $('cl-present-note').hidden = true;
  if (gridShown()) {
    hideGrid();
  }
  presenting.steps = null;
  showBlank(false);
  $('cl-present-view').hidden = true;
  setBackgroundInert(false);
  leaveHistoryStep('present');
  // Back to the button that started it; leaving full screen first, whose end would take the focus with it. Given to
  // the timeline, the focus does not bring up its keys over it on the projector (they show again with a key or a Tab).
  quietKeysHint(presenting.returnFocus === main.canvas);
  const back = () => presenting.returnFocus?.focus();
  if (document.fullscreenElement) {
    document.exitFullscreen().then(back, back);
  } else {
    back();
  }
}

/** The timeline's keys not shown over it until the next key pressed anywhere, or until it loses the focus. */
let quietKeys = null;
function quietKeysHint(quiet) {
  quietKeys?.abort();
  quietKeys = null;
  const stage = main.canvas.closest('.stage');
  stage.classList.toggle('quiet-keys', quiet);
  coverTimelineFoot(false);
  if (quiet) {
    quietKeys = new AbortController();
    const speak = () => quietKeysHint(false);
    // Added while the Esc that ended the presentation is dispatched: not called for that key.
    document.addEventListener('keydown', speak, {signal: quietKeys.signal});
    main.canvas.addEventListener('blur', speak, {signal: quietKeys.signal});
  }
}

/** A black screen while the class talks (B or . on a clicker), as in the window's presentation. */
function showBlank(blank) {
  presenting.blank = blank;
  $('cl-present-view').classList.toggle('blank', blank);
}

/**
 * Tab and Shift+Tab go round the controls of a dialog ({@code view}) that covers the page: from its
 * last control Tab went to the page behind (inert, so to the browser) before it came back.
 */
function keepTabInside(view, e) {
  const reachable = [...view.querySelectorAll('button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])')]
    .filter(node => !node.disabled && node.tabIndex >= 0 && node.getClientRects().length > 0 && node.closest('[hidden]') === null);
  if (reachable.length === 0) {
    return;
  }
  const first = reachable[0];
  const last = reachable[reachable.length - 1];
  const at = document.activeElement;
  if (e.shiftKey ? at === first || !view.contains(at) || at === view : at === last) {
    (e.shiftKey ? last : first).focus();
    e.preventDefault();
  }
}

/** While presenting, the page behind is out of reach of the keyboard and of screen readers. */
function setBackgroundInert(inert) {
  for (const node of document.querySelectorAll('.skip, .app, .list')) {
    node.inert = inert;
  }
  // Nor does the page scroll under it: its scroll bar took a strip of the slides, and the wheel scrolled the list unseen.
  document.documentElement.classList.toggle('covered', inert);
}

function moveStep(index) {
  typeStep(null);
  const last = presenting.steps.length - 1;
  const target = Math.max(0, Math.min(last, index));
  if (target !== presenting.index) {
    presenting.index = target;
    showStep(true);
  } else if (index > last) {
    // On past the last step: the end, said as in the window; nothing changed, and the class could not tell it was over.
    // "(Esc leaves)" on a phone, which has no Esc: there the Exit button beside it leaves.
    const touch = matchMedia('(pointer: coarse) and (hover: none)').matches;
    $('cl-counter').textContent = msg(touch ? 'web.present.counterEnd.touch' : 'present.counterEnd', last + 1, last + 1);
    sayWhilePresenting(msg(touch ? 'web.present.endSaid.touch' : 'web.present.endSaid', last + 1));
  }
}

/**
 * Said to a screen reader while presenting: a status inside the presentation's dialog (one outside an
 * aria-modal dialog may go unheard), said again at each press (a status whose text stays is not).
 */
function sayWhilePresenting(text) {
  const said = saidWhilePresenting();
  presenting.saying = setTimeout(() => {
    said.textContent = text;
  }, 50);
}

/** Nothing more said: what was is cleared, and what was about to be is not (a step moved to within 50 ms put it back). */
function saidWhilePresenting() {
  clearTimeout(presenting.saying);
  const said = $('cl-present-said');
  said.textContent = '';
  return said;
}

/** The step on the card and the timeline gliding to it, with its neighbours. */
function showStep(animate) {
  const {steps, index} = presenting;
  const e = steps[index];
  // Heard first with the step (the card is a live region), as the counter shows it: the counter alone was never said.
  $('cl-step-number').textContent = msg('web.present.step', index + 1, steps.length);
  // Another step clears what was said; the same one again (the screen resized, the type changed) leaves it.
  if (index !== presenting.shownIndex) {
    saidWhilePresenting();
    presenting.shownIndex = index;
  }
  $('cl-step-date').textContent = unbrokenDate(e.dateText);
  $('cl-step-title').textContent = e.label;
  $('cl-step-summary').textContent = block(e.summary);
  $('cl-step-location').textContent = line(e.location);
  $('cl-step-picture').replaceChildren(...(hasPicture(e) ? [picture(e.image, 'step-picture')] : []));
  document.querySelector('.step-card').scrollTop = 0; // each step from its date and title, whatever the last was scrolled to
  $('cl-counter').textContent = msg('web.present.counter', index + 1, steps.length);
  // Its name begins with what it shows (WCAG 2.5.3), then says what it does.
  $('cl-counter').setAttribute('aria-label', msg('web.present.grid.open', index + 1, steps.length));
  $('cl-progress').style.width = (index + 1) / steps.length * 100 + '%';
  const context = roomForTitle(e, stepContext(steps, index));
  presentView.present(e, context[0], context[1], animate ? 1000 : 0, steps[index + 1]);
}

/** The interval to show for a step: the event with room around it, reaching towards the nearest neighbouring step. */
function stepContext(steps, index) {
  const e = steps[index];
  const own = intervalAround(e);
  const middle = (e.startSecond + e.endSecond) / 2;
  let nearest = Infinity;
  let earlier = false;
  let later = false;
  // The neighbours either side, skipping steps at the very same time (two treaties signed at one summit).
  for (const direction of [-1, 1]) {
    for (let i = index + direction; i >= 0 && i < steps.length; i += direction) {
      const offset = (steps[i].startSecond + steps[i].endSecond) / 2 - middle;
      if (offset !== 0) {
        nearest = Math.min(nearest, Math.abs(offset));
        earlier = earlier || offset < 0;
        later = later || offset > 0;
        break;
      }
    }
  }
  if (nearest === Infinity) {
    return own;
  }
  const reach = nearest * NEIGHBOUR_CONTEXT;
  return [Math.min(own[0], middle - (earlier ? reach : reach * LONE_SIDE_CONTEXT)),
    Math.max(own[1], middle + (later ? reach : reach * LONE_SIDE_CONTEXT))];
}

/** PresentationSteps.TITLE_AIR: air left between a step's title and the right edge, as a share of the width. */
const TITLE_AIR = 0.03;

/**
 * PresentationSteps.withRoomForTitle: the step's period moved, when need be, so that its title fits
 * whole to the right of its marker, ending a little way before the edge.
 */
function roomForTitle(e, context) {
  const width = presentView.width;
  const m = presentView.metrics;
  const scale = Scale.fitting(context[0], context[1], width, FIT_MARGIN);
  const marker = scale.xOf(e.span ? e.endSecond : e.midSecond);
  // PresentationSteps.atTheSameTime: the titles drawn at the step's own marker fit too.
  const label = Math.max(...[e, ...atTheSameTime(e, presentView.content.events)].map(x => presentView.labels.width(x.label)));
  const [x0, x1] = geometry(e, scale, m.markerSize);
  if (e.span && label + 2 * m.labelGap <= Math.min(x1, width) - Math.max(x0, 0)) {
    // its title inside its bar, where it fits (PresentationSteps)
    return context;
  }
  const overflow = marker + m.markerSize / 2 + m.labelGap + label + Math.max(m.labelGap, width * TITLE_AIR) - width;
  const shift = Math.min(overflow, marker - FIT_MARGIN / 2);
  if (overflow <= 0 || shift <= 0) {
    return context;
  }
  // Past the timeline's last event only empty years would come in: the title stands before its marker, where it fits.
  const latest = presentView.content.eventExtent ? presentView.content.eventExtent[1] : -Infinity;
  // Before its marks as the layout places a title there: before a bar's start, a disputed date's first ring.
  const marksFrom = marksExtent(e, scale, x0, x1, m.markerSize, width)[0];
  const fitsBefore = marksFrom - 2 * m.labelGap - label >= FIT_MARGIN / 2;
  if (fitsBefore && context[1] + shift * scale.spp > latest) {
    return context;
  }
  return [context[0] + shift * scale.spp, context[1] + shift * scale.spp];
}

/** PresentationSteps.atTheSameTime: the other moments drawn at the very place of a step that is a moment (midSecond: its marker). */
function atTheSameTime(step, all) {
  return step.span ? [] : all.filter(x => x !== step && !x.span && x.midSecond === step.midSecond);
}

function presentKey(e) {
  if (e.key === 'F5') {
    // a clicker's start key: reloaded the page, the presentation gone
    e.preventDefault();
    return;
  }
  if (gridShown()) {
    gridKey(e);
    return;
  }
  if (e.key === 'Tab') {
    keepTabInside($('cl-present-view'), e);
    return;
  }
  if (presenting.blank) {
    if (!['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) {
      e.preventDefault();
      // any key comes back to the step, moving on from it only when pressed again
      showBlank(false);
    }
    return;
  }
  // The browser's: Ctrl and + zoom the page, Ctrl and a digit change tabs, Alt and ← go back (which ends the
  // presentation); AltGr, which some keyboards report as Ctrl and Alt, types as it does.
  if ((e.ctrlKey || e.metaKey || e.altKey) && !e.getModifierState('AltGraph')) {
    return;
  }
  // A step's number, then Enter, goes there (PresentationKeys): 46 and Enter moved one step on, and the 4 did nothing.
  // Before a focused button's Enter: after a click on › the button kept the keys, and Enter pressed it.
  const typed = presenting.typed;
  if (!typed && (e.key === 'Enter' || e.key === ' ') && e.target.closest('button')) {
    // a focused button on the footer does what it says
    return;
  }
  if (/^[0-9]$/.test(e.key)) {
    // After "No step 9" a digit begins another number, not 93.
    typeStep(presenting.refused ? e.key : typed.length < 4 ? typed + e.key : typed);
    e.preventDefault();
    return;
  }
  if (typed && ['Enter', 'Backspace', 'Escape'].includes(e.key)) {
    const there = stepTyped(presenting.steps, Number(typed));
    if (e.key !== 'Enter' || there >= 0) { // Enter past the last step leaves "No step 9" said, until Esc or Backspace
      typeStep(e.key === 'Backspace' ? typed.slice(0, -1) : null);
    } else {
      presenting.refused = true;
    }
    if (e.key === 'Enter' && there >= 0) {
      moveStep(there);
    }
    e.preventDefault();
    return;
  }
  switch (e.key) {
    case 'b':
    case 'B':
    case '.': showBlank(true); break;
    case 'g':
    case 'G': showGrid(); break;
    case '+':
    case '=': changeSlideType(1); break;
    case '-': changeSlideType(-1); break;
    case 'd':
    case 'D':
      $('cl-present-view').classList.toggle('dark-room');
      // the canvas's colours are the overlay's tokens
      presentView.restyle();
      break;
    case 'ArrowDown':
    case 'ArrowUp':
      if (!scrollStepCard(e.key === 'ArrowDown' ? 1 : -1)) {
        moveStep(presenting.index + (e.key === 'ArrowDown' ? 1 : -1));
      }
      break;
    case 'ArrowRight':
    case ' ':
    case 'PageDown':
    case 'Enter': moveStep(presenting.index + 1); break;
    case 'ArrowLeft':
    case 'PageUp':
    case 'Backspace': moveStep(presenting.index - 1); break;
    case 'Home': moveStep(0); break;
    case 'End': moveStep(presenting.steps.length - 1); break;
    case 'Escape': endPresenting(); break;
    default: return;
  }
  e.preventDefault();
}

/**
 * ↓ or ↑ scrolls the step's card while it has more to show that way, and only then moves on or back: at
 * 400% a card's text went on below its box, and every key moved to the next step (a clicker's keys, → and
 * Page Down, always move). True when it scrolled.
 */
function scrollStepCard(direction) {
  const card = document.querySelector('#cl-present-view .step-card');
  const room = direction > 0 ? card.scrollHeight - card.clientHeight - card.scrollTop : card.scrollTop;
  if (room < 1) {
    return false;
  }
  card.scrollBy({top: direction * Math.min(room, Math.max(1, card.clientHeight * 0.8)), behavior: 'instant'});
  return true;
}

/** Shows the step number typed so far and how to go there; null or '' drops it. */
// ---- Every step at a glance (StepOverview) ----

const gridShown = () => !$('cl-present-grid').hidden;

/**
 * Every step at a glance (G, or a click on the step counter): numbered tiles with date and title, the
 * current one marked, focused and in view, to choose a step with a click or the arrows and Enter.
 */
function showGrid() {
  typeStep(null);
  // Where the keys go back to: the counter, when it opened the grid (a click or its key), else the presentation.
  presenting.gridOpener = document.activeElement === $('cl-counter') ? $('cl-counter') : null;
  const {steps, index} = presenting;
  $('cl-grid-title').textContent = msg('present.grid.title', presenting.title, steps.length);
  $('cl-grid-hint').textContent = msg(touchOnly ? 'web.present.grid.touch' : 'present.grid.hint');
  $('cl-grid-tiles').replaceChildren(...steps.map((e, i) => {
    const tile = el('button', 'present-tile');
    tile.type = 'button';
    tile.dataset.step = i;
    const head = el('span', 'present-tile-head');
    // A disputed date as the event's own only: its "or ..." took four lines in Russian (the step has the whole).
    head.append(el('span', 'present-tile-number', String(i + 1)), el('span', 'present-tile-date', unbrokenDate(e.ownDateText ?? e.dateText)));
    tile.append(head, el('span', 'present-tile-title', e.label));
    // One full stop after a date that ends with one ("12 октября 1986 г."), as msg makes sentences: it read "г.. Reagan".
    tile.setAttribute('aria-label', (i + 1) + '. ' + e.dateText + (e.dateText.endsWith('.') ? ' ' : '. ') + e.label);
    if (i === index) {
      tile.setAttribute('aria-current', 'step');
    }
    const item = el('li');
    item.append(tile);
    return item;
  }));
  for (const part of $('cl-present-view').children) {
    part.inert = part.id !== 'cl-present-grid';
  }
  $('cl-present-grid').hidden = false;
  const current = $('cl-grid-tiles').children[index].firstChild;
  current.focus({preventScroll: true});
  current.scrollIntoView({block: 'nearest'});
}

/** Back to the step shown: the keys to the presentation. */
function hideGrid() {
  $('cl-present-grid').hidden = true;
  for (const part of $('cl-present-view').children) {
    part.inert = false;
  }
  (presenting.gridOpener || $('cl-present-view')).focus();
}

/**
 * The grid's keys (PresentationKeys): the arrows move among the tiles (↑ and ↓ by a row of them), Home and
 * End to the first and last, Enter or Space chooses, G or Esc goes back, Page Down and Page Up go back and
 * on or back a step (a clicker), and Tab stays among the tiles.
 */
function gridKey(e) {
  const tiles = [...$('cl-grid-tiles').querySelectorAll('.present-tile')];
  const at = tiles.indexOf(document.activeElement);
  const columns = Math.max(1, tiles.filter(t => t.offsetTop === tiles[0].offsetTop).length);
  const to = {ArrowLeft: at - 1, ArrowRight: at + 1, ArrowUp: at - columns, ArrowDown: at + columns, Home: 0, End: tiles.length - 1}[e.key];
  if (e.key === 'Tab') {
    keepTabInside($('cl-present-grid'), e);
    return;
  }
  if (to !== undefined) {
    tiles[Math.max(0, Math.min(tiles.length - 1, at < 0 ? presenting.index : to))].focus();
  } else if (['g', 'G', 'Escape'].includes(e.key)) {
    hideGrid();
  } else if (e.key === 'PageDown' || e.key === 'PageUp') {
    hideGrid();
    moveStep(presenting.index + (e.key === 'PageDown' ? 1 : -1));
  } else {
    // Enter and Space press the focused tile
    return;
  }
  e.preventDefault();
}

/**
 * PresentationSteps.stepTyped: the step (from 0) a number typed while presenting goes to, the step of
 * that number, else the step nearest it as a year; -1 when it is neither.
 */
function stepTyped(steps, number) {
  return number >= 1 && number <= steps.length ? number - 1 : stepNearestYear(steps, number);
}

/**
 * PresentationSteps.stepNearestYear: the step a year typed while presenting goes to, the first of those
 * nearest it; -1 when the year is outside the steps' years, or is a step's number.
 */
function stepNearestYear(steps, year) {
  if (year >= 1 && year <= steps.length) {
    return -1;
  }
  const from = epochDay(year, 1, 1) * 86400;
  const to = epochDay(year + 1, 1, 1) * 86400;
  let first = Infinity;
  let last = -Infinity;
  for (const e of steps) {
    first = Math.min(first, e.startSecond);
    last = Math.max(last, e.endSecond);
  }
  if (to <= first || from >= last) {
    return -1;
  }
  let nearest = -1;
  let nearestDistance = Infinity;
  steps.forEach((e, i) => {
    // Ends are the first second after: an event from the next New Year on is a second away, not in the year.
    const distance = Math.max(0, e.startSecond - to + 1, from - e.endSecond + 1);
    if (distance < nearestDistance) {
      nearest = i;
      nearestDistance = distance;
    }
  });
  return nearest;
}

/** PresentationSteps.years: the first and the last year the steps' events fall in. */
function stepYears(steps) {
  let first = Infinity;
  let last = -Infinity;
  for (const e of steps) {
    first = Math.min(first, yearOf(e.startSecond));
    last = Math.max(last, yearOf(e.endSecond - 1));
  }
  return [first, last];
}

function typeStep(typed) {
  presenting.typed = typed || '';
  presenting.refused = false;
  const prompt = $('cl-present-jump');
  prompt.hidden = !presenting.typed;
  const number = Number(presenting.typed);
  const step = presenting.typed ? stepTyped(presenting.steps, number) : -1;
  // Past the last step it says so (PresentationKeys.updatePrompt): Enter there did nothing, without a word.
  prompt.textContent = !presenting.typed ? ''
    : step < 0 ? msg('present.jump.none', presenting.typed, presenting.steps.length, ...stepYears(presenting.steps).map(yearText))
    : step === number - 1 ? msg('present.jump', presenting.typed) + '\n' + msg('present.jump.hint')
    : msg('present.jump.year', presenting.typed, step + 1, presenting.steps[step].label, presenting.steps[step].dateText)
      + '\n' + msg('present.jump.hint');
}

function wirePresenting() {
  const overlay = $('cl-present-view');
  let down = null;
  // A tap anywhere moves on, a swipe moves either way; the buttons do what they say.
  overlay.addEventListener('pointerdown', e => {
    down = e.target.closest('button, .present-grid') ? null : [e.clientX, e.clientY];
  });
  overlay.addEventListener('pointerup', e => {
    if (!down || !presenting.steps) {
      return;
    }
    const card = e.target.closest('.step-card');
    if (card && e.offsetX > card.clientWidth) {
      // on the card's scroll bar: scrolling, not a tap
      down = null;
      return;
    }
    if (presenting.blank) {
      down = null;
      // a tap on the black screen brings the step back, as a key does
      showBlank(false);
      return;
    }
    const dx = e.clientX - down[0];
    down = null;
    moveStep(presenting.index + (dx > 50 ? -1 : 1));
  });
  overlay.addEventListener('contextmenu', e => {
    e.preventDefault();
    if (!gridShown()) {
      moveStep(presenting.index - 1);
    }
  });
  $('cl-counter').addEventListener('click', showGrid);
  $('cl-grid-tiles').addEventListener('click', e => {
    const tile = e.target.closest('.present-tile');
    if (tile) {
      hideGrid();
      moveStep(Number(tile.dataset.step));
    }
  });
  $('cl-prev').addEventListener('click', () => moveStep(presenting.index - 1));
  $('cl-next').addEventListener('click', () => moveStep(presenting.index + 1));
  $('cl-end').addEventListener('click', endPresenting);
  document.addEventListener('fullscreenchange', () => {
    if (!document.fullscreenElement && presenting.steps && gridShown()) {
      // Esc over the steps at a glance: the browser leaves full screen first; the presentation goes on
      hideGrid();
    } else if (!document.fullscreenElement && presenting.steps) {
      // Esc in full screen leaves it before the page hears the key
      endPresenting();
    }
  });
  // The type follows the screen's height: a new size restyles, and the step is shown again at once.
  fitToBox(presentView, $('cl-present-stage'), () => {
    if (presenting.steps && !presentView.animation) {
      presentView.restyle();
      showStep(false);
    }
  });
  presentView.onDraw = () => presentView.canvas.setAttribute('aria-label', presentView.describe());
  const choices = $('cl-steps');
  choices.append(new Option(msg('web.present.allShown'), ''), ...data.tours.map(t => new Option(line(t.title), t.id)));
  choices.value = data.tours.some(t => t.id === data.startTour) ? data.startTour : '';
  choices.hidden = data.tours.length === 0;
  $('cl-present').addEventListener('click', startPresenting);
}

// ---- Study: put in order, when was it?, cards (OrderRound, WhenAnswer, StudyProgress) ----

const study = {set: [], whenStep: 'MONTH', title: '', mode: 'order', arranged: [], checked: null, missedThisRound: new Set(), showingOrder: false, outOfPlaceWhenShown: new Set(), asked: null, answered: null, queue: [], tally: {answered: 0, points: 0, asked: new Set()},
  due: [], at: 0, turned: false, known: 0, again: 0, lastGrade: '', counterKey: 'study.cards.counter', returnFocus: null, today: 0, needsWork: []};
const BOXES = 5;
const KNOWN_BOX = 4;
const studyKey = () => 'chronoline.study.' + data.title;

/** The student's progress on this timeline, in this browser (localStorage), never in the page. */
function loadProgress() {
  try {
    const kept = JSON.parse(localStorage.getItem(studyKey()) || 'null');
    if (kept && typeof kept === 'object') {
      return {sessions: Number(kept.sessions) || 0, boxes: kept.boxes || {}, lastWhen: kept.lastWhen || {}, seen: kept.seen || {}};
    }
  } catch (unavailable) {
    // a browser that keeps nothing, or a damaged entry: a fresh start
  }
  return {sessions: 0, boxes: {}, lastWhen: {}, seen: {}};
}
let progress = loadProgress();

function keepProgress() {
  try {
    localStorage.setItem(studyKey(), JSON.stringify(progress));
  } catch (unavailable) {
    // kept for this visit only
  }
}

const boxOf = id => progress.boxes[id] || 0;
const knew = id => { progress.boxes[id] = Math.min(BOXES, Math.max(1, boxOf(id)) + 1); progress.seen[id] = study.today; };
const missed = id => { progress.boxes[id] = 1; progress.seen[id] = study.today; };
/** StudyProgress.placed: an event put in its place in order counts as a good answer, one out of place as missed. */
const placed = (id, right) => right ? isDue(id) && knew(id) : missed(id);
/** StudyProgress.answered: a good answer counts as a card known, a poor one as a card missed. */
const GOOD_ANSWER = 50;
/** Today in the student's time zone, in days since 1970-01-01 (LocalDate.toEpochDay). */
const localEpochDay = () => Math.floor((Date.now() - new Date().getTimezoneOffset() * 60000) / 86400000);

/** StudyProgress.daysInBox: the days a card waits in a box before it is due again (2, 4, 8, 16; none in the first). */
const daysInBox = box => (box <= 1 ? 0 : 2 ** (box - 1));

/** StudyProgress.isDue: in the first box, or its box's days have passed since it was seen. */
function isDue(id) {
  const box = boxOf(id);
  const seen = progress.seen[id];
  return box <= 1 || seen == null || study.today - seen >= daysInBox(box);
}

/** StudyProgress.due: box 1 every time, box n once 2^(n-1) days have passed since it was seen; each box shuffled. */
function dueCards(set) {
  return shuffled(set.filter(e => isDue(e.id))).sort((a, b) => Math.max(1, boxOf(a.id)) - Math.max(1, boxOf(b.id)));
}

/** OrderRound.startRange: when an event may have begun, its band of uncertainty (for a span, around its start). */
const startRange = e => (e.span ? [e.possibleFrom, Math.max(e.possibleFrom, e.startEnd)] : [e.possibleFrom, e.possibleTo]);
/** OrderRound.certainlyBefore: the latest a may have begun is no later than the earliest b may have. */
const certainlyBefore = (a, b) => startRange(a)[1] <= startRange(b)[0];

/**
 * OrderRound.inOrder: the most cards that already stand in an order time allows, every pair looked
 * at; ties go to the cards nearest their places in time.
 */
function cardsInOrder(arranged) {
  const n = arranged.length;
  const ranks = arranged.map((card, i) => i).sort((a, b) => arranged[a].startSecond - arranged[b].startSecond || a - b);
  const rank = [];
  ranks.forEach((i, r) => { rank[i] = r; });
  let best = 0;
  let bestSize = -1;
  let bestDistance = Infinity;
  for (let set = 0; set < 1 << n; set++) {
    const members = arranged.map((card, i) => i).filter(i => set & (1 << i));
    if (members.length < bestSize
      || members.some((i, x) => members.slice(x + 1).some(j => certainlyBefore(arranged[j], arranged[i])))) {
      continue;
    }
    const distance = members.reduce((sum, i) => sum + Math.abs(rank[i] - i), 0);
    if (members.length > bestSize || distance < bestDistance) {
      best = set;
      bestSize = members.length;
      bestDistance = distance;
    }
  }
  return arranged.map((card, i) => (best & (1 << i)) !== 0);
}

/**
 * OrderRound.check: the cards counted right are the most that already stand in order, the rest
 * the fewest to move; one out of place is explained by the nearest card it stands on the wrong side of.
 */
function checkOrder(arranged) {
  const kept = cardsInOrder(arranged);
  return arranged.map((card, i) => {
    const right = kept[i];
    const before = right ? null : arranged.slice(i + 1).find(other => certainlyBefore(other, card)) || null;
    const after = right || before ? null : arranged.slice(0, i).reverse().find(other => certainlyBefore(card, other)) || null;
    return {event: card, right, before, after};
  });
}

/** WhenAnswer.nearest: the moment in [from, to) nearest to when the event may have happened. */
function nearestIn(e, from, to) {
  if (to <= e.possibleFrom) {
    return Math.max(from, to - 1);
  }
  return from >= e.possibleTo ? from : Math.max(from, e.possibleFrom);
}

/** WhenAnswer.YEAR_ONLY_MOST: the most a typed year scores for an event known to the month or the day. */
const YEAR_ONLY_MOST = 70;

/** WhenAnswer.score: 100 anywhere the event may have been, less with the logarithm of the distance at its precision. */
function scoreWhen(e, second) {
  const unit = e.precision === 'YEAR' || e.precision === 'MONTH' ? e.precision : 'DAY';
  if (second >= e.possibleFrom && second < e.possibleTo) {
    return {points: 100, off: 0, unit, early: false, yearOnly: false};
  }
  const early = second < e.possibleFrom;
  const distance = early ? e.possibleFrom - second : second - e.possibleTo + 1;
  const unitSeconds = unit === 'YEAR' ? AVERAGE_YEAR : unit === 'MONTH' ? AVERAGE_YEAR / 12 : DAY;
  const limit = unit === 'YEAR' ? 50 * AVERAGE_YEAR : unit === 'MONTH' ? 5 * AVERAGE_YEAR : 2 * AVERAGE_YEAR;
  const fraction = Math.log1p(distance / unitSeconds) / Math.log1p(limit / unitSeconds);
  const points = Math.min(99, Math.round(100 * Math.max(0, 1 - fraction)));
  const reference = early || e.endMid == null ? e.startMid : e.endMid;
  return {points, off: Math.max(1, Math.round(Math.abs(second - reference) / unitSeconds)), unit, early, yearOnly: false};
}

/**
 * WhenAnswer.scoreTyped: a typed year for an event known to the month or the day scores at most
 * YEAR_ONLY_MOST, unless the whole year lies within the event.
 */
function scoreTyped(e, date) {
  const a = scoreWhen(e, nearestIn(e, date.from, date.to));
  const within = date.from >= e.possibleFrom && date.to <= e.possibleTo;
  return date.field === 'YEAR' && a.unit !== 'YEAR' && !within ? {...a, points: Math.min(YEAR_ONLY_MOST, a.points), yearOnly: true} : a;
}

function shuffled(list) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Says why something asked for cannot be done ("Fewer than two events to study"), beside the count of
 * events it leaves as it is, in a region a screen reader announces; the next change of what is shown takes it away.
 */
function notice(text) {
  $('cl-notice').textContent = text;
}

function startStudying(e) {
  const tour = data.tours.find(t => t.id === $('cl-steps').value);
  study.set = tour ? [...new Set(tour.steps.map(id => byId.get(id)).filter(Boolean))] : [...state.shown];
  study.title = tour ? line(tour.title) : state.shown.length === events.length && data.title.trim() ? line(data.title) : msg('study.allShown');
  if (study.set.length < 2) {
    notice(msg('study.tooFew'));
    return;
  }
  notice('');
  study.returnFocus = opener(e);
  // StudyProgress.startSession
  study.today = localEpochDay();
  progress.sessions++;
  keepProgress();
  $('cl-study-title').textContent = msg('study.window.title', study.title);
  $('cl-study-view').hidden = false;
  setBackgroundInert(true);
  enterHistoryStep('study');
  dealOrder();
  study.queue = [];
  study.tally = {answered: 0, points: 0, asked: new Set()};
  askWhen();
  study.due = [];
  study.at = 0;
  study.cardsBegun = false;
  showStudyMode('order');
}

function endStudying() {
  $('cl-study-view').hidden = true;
  setBackgroundInert(false);
  leaveHistoryStep('study');
  study.returnFocus?.focus();
}

const STUDY_MODES = ['order', 'when', 'cards', 'progress'];
/** The panel of a mode (the progress line in the cards' panel already has the name cl-study-progress). */
const paneOf = mode => (mode === 'progress' ? 'cl-study-progress-pane' : 'cl-study-' + mode);

/** Shows a mode; the keys go to its first control, or stay on its tab when the arrows chose it (the ARIA tabs pattern). */
function showStudyMode(mode, focusTab = false) {
  study.mode = mode;
  // What to do in it is heard with the window as the keys enter it (they go to its first control, past the words).
  $('cl-study-view').setAttribute('aria-describedby', 'cl-study-' + mode + '-prompt');
  for (const name of STUDY_MODES) {
    $(paneOf(name)).hidden = name !== mode;
    const tab = $('cl-study-' + name + '-tab');
    tab.setAttribute('aria-selected', String(name === mode));
    // one tab stop for the tabs; the arrows move between them
    tab.tabIndex = name === mode ? 0 : -1;
  }
  if (mode === 'progress') {
    askToReset(false, false);
    showProgressLists();
  }
  if (mode === 'cards' && !study.cardsBegun) {
    // one session each time the study window opens; Study Again starts another
    beginCards();
  }
  if (focusTab) {
    $('cl-study-' + mode + '-tab').focus();
    return;
  }
  // With no card left to turn, Practise All Cards or Study Again: the turn button, disabled, took no focus, and the keys
  // were left on the page behind the study window (a student's walk-through).
  const first = {order: '#cl-order button:not(:disabled)', when: '#' + whenInput().id,
    cards: study.at < study.due.length ? '#cl-card-turn' : study.due.length === 0 ? '#cl-card-all' : '#cl-card-again',
    progress: '#cl-study-progress-tab'}[mode];
  document.querySelector(first)?.focus();
}

function dealOrder() {
  const size = Math.min(study.set.length, 5 + Math.floor(Math.random() * 4));
  // OrderRound.deal: titles that name a year come last, dealt only when the others are too few.
  const dealt = shuffled(study.set);
  let cards = [...dealt.filter(worthAsking), ...dealt.filter(e => !worthAsking(e))].slice(0, size);
  for (let i = 0; i < 10 && cards.length > 1 && checkOrder(cards).every(p => p.right); i++) {
    cards = shuffled(cards);
  }
  study.arranged = cards;
  study.checked = null;
  // OrderPane.missedThisRound
  study.missedThisRound = new Set();
  $('cl-order-result').textContent = '';
  arrangeOrder();
}

/** The cards movable and Check to press (OrderPane.arrange): a new round, or the same cards tried again. */
function arrangeOrder() {
  study.showingOrder = false;
  $('cl-order-check').disabled = false;
  $('cl-order-retry').hidden = true;
  $('cl-order-show').hidden = true;
  showOrder();
}

/** OrderPane.tryAgain: the marks go, the cards stay where the student left them, to move and check again. */
function retryOrder() {
  if (!study.checked || study.showingOrder) {
    return;
  }
  const wrong = study.checked.filter(p => !p.right).length;
  study.checked = null;
  arrangeOrder();
  $('cl-order-result').textContent = msg('study.order.retrying', wrong);
  $('cl-order').querySelector('button:not(:disabled)').focus();
}

/** OrderPane.showOrder: the cards in the order they happened, each with its date; then only a new round. */
function showRightOrder() {
  if (!study.checked || study.showingOrder) {
    return;
  }
  study.showingOrder = true;
  // What the student had right stays seen: every card ticked in the right order read as a perfect round.
  const had = study.checked.filter(p => p.right).length;
  study.outOfPlaceWhenShown = new Set(study.checked.filter(p => !p.right).map(p => p.event.id));
  study.arranged = [...study.arranged].sort((a, b) => a.startSecond - b.startSecond);
  study.checked = checkOrder(study.arranged);
  $('cl-order-result').textContent = msg('study.order.shown', had, study.arranged.length);
  showOrder();
  offerAfterCheck();
}

/** After a check: with cards out of place Try Again (with the keys) and Show the Order; New Round always. */
function offerAfterCheck() {
  const mistakes = !study.showingOrder && study.checked.some(p => !p.right);
  $('cl-order-check').disabled = true;
  $('cl-order-retry').hidden = !mistakes;
  $('cl-order-show').hidden = !mistakes;
  $(mistakes ? 'cl-order-retry' : 'cl-order-again').focus();
  $('cl-order-result').scrollIntoView({block: 'nearest'});
}

function showOrder(focusIndex = -1, focusUp = true) {
  const items = study.arranged.map((e, i) => {
    const item = el('li');
    const placement = study.checked && study.checked[i];
    if (placement) {
      // In the order shown every card is in its place, marked as the student had it.
      const right = study.showingOrder ? !study.outOfPlaceWhenShown.has(e.id) : placement.right;
      const said = study.showingOrder ? (right ? 'study.order.shown.right.said' : 'study.order.shown.wrong.said')
        : right ? 'study.order.right.said' : 'study.order.wrong.said';
      item.className = right ? 'right' : 'wrong';
      // In words, for a screen reader: the marks alone were "check mark" and "ballot x", if anything.
      item.append(el('span', 'visually-hidden', msg(said) + ' '));
      item.append(el('span', null, (i + 1) + '. ' + msg(right ? 'study.order.right' : 'study.order.wrong', e.label, unbrokenDate(e.dateText))));
      if (!placement.right && !study.showingOrder) {
        const other = placement.before || placement.after;
        item.append(el('span', 'why', msg(placement.before ? 'study.order.cameBefore' : 'study.order.cameAfter',
          other.label, unbrokenDate(other.dateText), e.label, unbrokenDate(e.dateText))));
      }
    } else {
      const up = el('button', 'move', '\u2191');
      up.type = 'button';
      up.setAttribute('aria-label', msg('web.study.up', e.label));
      up.disabled = i === 0;
      up.addEventListener('click', () => moveCard(i, i - 1));
      const down = el('button', 'move', '\u2193');
      down.type = 'button';
      down.setAttribute('aria-label', msg('web.study.down', e.label));
      down.disabled = i === study.arranged.length - 1;
      down.addEventListener('click', () => moveCard(i, i + 1));
      item.append(up, down, el('span', null, (i + 1) + '. ' + e.label));
    }
    return item;
  });
  $('cl-order').replaceChildren(...items);
  if (focusIndex >= 0) {
    const buttons = items[focusIndex].querySelectorAll('button');
    (focusUp && !buttons[0].disabled ? buttons[0] : buttons[1].disabled ? buttons[0] : buttons[1]).focus();
  }
}

function moveCard(from, to) {
  if (study.checked || to < 0 || to >= study.arranged.length) {
    return;
  }
  const [card] = study.arranged.splice(from, 1);
  study.arranged.splice(to, 0, card);
  showOrder(to, to < from);
  $('cl-order-result').textContent = msg('study.order.moved', card.label, to + 1, study.arranged.length);
}

function checkStudyOrder() {
  if (study.checked) {
    // checked: New Round deals the next
    return;
  }
  study.checked = checkOrder(study.arranged);
  // One put right after Try Again, its place shown by the marks, stays missed (OrderPane.check).
  study.checked.filter(p => !study.missedThisRound.has(p.event.id)).forEach(p => placed(p.event.id, p.right));
  study.checked.filter(p => !p.right).forEach(p => study.missedThisRound.add(p.event.id));
  keepProgress();
  const right = study.checked.filter(p => p.right).length;
  $('cl-order-result').textContent = right === study.arranged.length ? msg('study.order.allRight', right)
    : msg('study.order.result', right, study.arranged.length, study.arranged.length - right);
  showOrder();
  // the score in view however many cards there were
  offerAfterCheck();
}

/**
 * WhenAnswer.withYearsHidden: a title of the event without the years it names ("Vienna Document … adopted"), numbers of
 * three or four digits within 200 of its own year (WhenAnswer.YEAR_REACH), a year BCE counted as named (-489 is 490 BC).
 * No lookbehind: Safari before 16.4 would not run the page.
 */
const withYearsHidden = (e, title, y = yearOf(e.startSecond)) => title.replace(/(^|\D)(\d{3,4})(?!\d)/g,
    (all, before, n) => Math.abs(n - (y > 0 ? y : 1 - y)) <= 200 ? before + '\u2026' : all);
/** WhenAnswer.isWorthAsking: not an event whose title names a year, which answers itself or leads the wrong way. */
const worthAsking = e => withYearsHidden(e, e.title) === e.title;

/** WhenPane.ASK_AGAIN_AFTER: a date missed is asked again after this many other questions. */
const ASK_AGAIN_AFTER = 3;

/**
 * Where the keys go in "When was it?": the date box, where a year is typed, as in the window; on a
 * touch screen the slider, so that no keyboard covers the question.
 */
const whenInput = () => $(matchMedia('(pointer: coarse)').matches ? 'cl-when-range' : 'cl-when-date');

/** WhenPane.refill: the next round, every event worth asking, not asked yet or answered worst first. */
/** WhenPane.askable: the events a round asks, every one worth asking, or all when none is. */
const askableWhen = () => (study.set.some(worthAsking) ? study.set.filter(worthAsking) : study.set);

function refillWhen() {
  study.queue = shuffled(askableWhen()).sort((a, b) => (progress.lastWhen[a.id] ?? -1) - (progress.lastWhen[b.id] ?? -1));
}

function askWhen() {
  if (study.queue.length === 0) {
    refillWhen();
  }
  const e = study.queue.shift();
  study.asked = e;
  study.answered = null;
  study.sliderMoved = false;
  $('cl-when-title').textContent = e.label;
  $('cl-when-summary').textContent = e.summary == null ? '' : block(e.summary);
  const from = Math.min(...study.set.map(x => x.startSecond));
  const to = Math.max(...study.set.map(x => x.endSecond));
  const pad = Math.max((to - from) * 0.1, AVERAGE_YEAR);
  // A step of the slider is a month, or a year for an event known to the year: the keys move by what the answer is in.
  const range = $('cl-when-range');
  study.whenStep = e.precision === 'YEAR' ? 'YEAR' : 'MONTH';
  range.min = String(stepAt(from - pad));
  range.max = String(stepAt(to + pad));
  range.step = '1';
  range.value = String(Math.round((Number(range.min) + Number(range.max)) / 2));
  range.disabled = false;
  $('cl-when-earlier').disabled = false;
  $('cl-when-later').disabled = false;
  const typed = $('cl-when-date');
  typed.value = '';
  typed.disabled = false;
  typed.removeAttribute('aria-invalid');
  $('cl-when-answer').disabled = false;
  $('cl-when-next').disabled = true;
  $('cl-when-result').textContent = '';
  showWhenTally();
  showRangeValue();
}

/** WhenPane.showTally: the question's number in this sitting, and once one is answered, the points so far. */
function showWhenTally() {
  const {answered, points} = study.tally;
  const question = answered + (study.answered ? 0 : 1);
  $('cl-when-tally').textContent = answered === 0 ? msg('study.when.tally', question)
    : msg('study.when.tally.soFar', question, points, answered, Math.round(points / answered));
}

/** The slider's step containing a moment: months or years counted from year 0. */
function stepAt(second) {
  const d = dateAt(second) || {year: second < 0 ? MIN_YEAR : MAX_YEAR, month: 1};
  return study.whenStep === 'YEAR' ? d.year : d.year * 12 + d.month - 1;
}

/** The span of a step of the slider: a year, or a month. */
function stepSpan(step) {
  const year = study.whenStep === 'YEAR' ? step : Math.floor(step / 12);
  return study.whenStep === 'YEAR' ? typedDate(year) : typedDate(year, step - year * 12 + 1);
}

/** The middle of a step of the slider. */
function stepMiddle(step) {
  const span = stepSpan(step);
  return (span.from + span.to) / 2;
}

/**
 * The slider's moment in words: the year for a year-precision event, the month otherwise; until it
 * is moved (or a date typed), that nothing is chosen yet. Its untouched middle read as an answer
 * ("April 1999") that Answer then turned away.
 */
function showRangeValue(chosen = study.sliderMoved, typedText = null) {
  const text = typedText ?? (chosen ? dateText(stepMiddle(Number($('cl-when-range').value)), study.whenStep) : msg('web.study.when.unmoved'));
  $('cl-when-value').textContent = text;
  $('cl-when-value').classList.toggle('study-unchosen', !chosen);
  $('cl-when-range').setAttribute('aria-valuetext', text);
}

/** After this many repeats of a held − or +, a step of months moves a year at a time. */
const WHEN_HELD_YEARS = 12;

/** Moves the slider by {@code steps} of its steps, as far as its ends, and says where it is. */
function stepWhen(steps) {
  const range = $('cl-when-range');
  const value = Math.max(Number(range.min), Math.min(Number(range.max), Number(range.value) + steps));
  if (String(value) === range.value) {
    return; // at its end: nothing moved, and a date typed is still the answer
  }
  range.value = String(value);
  range.dispatchEvent(new Event('input'));
}

/**
 * A button that acts once when clicked (a tap, a click, Enter or Space) and, held down, again and
 * again, as a phone's steppers do: − and + move the slider a month a tap, and fifty years were 600
 * taps. {@code act} is given how many times it has repeated in this hold (0 for a click). Held, it
 * starts after a moment and the click that ends the hold does nothing more; a swipe that begins on
 * it scrolls the page (the browser cancels the press) and moves nothing. A long press opens no menu.
 */
function holdToRepeat(button, act) {
  let timer = null;
  let repeated = false;
  const stop = () => {
    clearTimeout(timer);
    timer = null;
  };
  const repeat = held => {
    timer = setTimeout(() => {
      // Disabled (answered) or gone from view (the study ended) while held: the hold ends there.
      if (button.disabled || button.getClientRects().length === 0) {
        stop();
        return;
      }
      repeated = true;
      act(held);
      repeat(held + 1);
    }, held === 1 ? 450 : 90);
  };
  button.addEventListener('pointerdown', e => {
    if (e.button !== 0 || button.disabled) {
      return;
    }
    repeated = false;
    stop();
    repeat(1);
  });
  for (const name of ['pointerup', 'pointercancel', 'pointerleave', 'lostpointercapture', 'blur']) {
    button.addEventListener(name, stop);
  }
  button.addEventListener('contextmenu', e => e.preventDefault());
  button.addEventListener('click', () => {
    if (!repeated) {
      act(0);
    }
    repeated = false;
  });
}

/** A typed date answers instead of the slider; one that is not a date says which forms work. */
function answerTyped() {
  const typed = $('cl-when-date');
  if (typed.value.trim() === '') {
    if (study.sliderMoved) {
      answerWhen();
    } else {
      // Enter in the empty box answered with the slider's untouched middle, counted as a miss.
      $('cl-when-result').textContent = msg('web.study.when.none', msg('study.when.forms'));
    }
    return;
  }
  const date = parseTypedDate(typed.value);
  if (!date) {
    typed.setAttribute('aria-invalid', 'true');
    $('cl-when-result').textContent = msg('study.when.badDate', typedDateReason(typed.value) || msg('study.when.forms'));
    return;
  }
  typed.removeAttribute('aria-invalid');
  // The slider shows the typed answer too, not a moment of its own beside "You chose".
  // the typed day, month or year at its moment nearest the event
  const second = nearestIn(study.asked, date.from, date.to);
  $('cl-when-range').value = String(stepAt(second));
  // Its words are the typed date's, at the slider's step or coarser: a typed 1990 read "December 1990" (the
  // month of it nearest the event), and 1800, before the slider's first step, that first step's date.
  const shown = dateText(date.from, date.field === 'YEAR' || study.whenStep === 'YEAR' ? 'YEAR' : 'MONTH');
  showRangeValue(true, shown);
  answerWhen(date, dateText(date.from, date.field));
}

/** Scores the typed date, or without one the slider's step at its moment nearest the event, and says how it went. */
function answerWhen(typed, typedText) {
  if (study.answered || !study.asked) {
    return;
  }
  const e = study.asked;
  // The slider answers a month (or a year): scored at its moment nearest the event, so the right month is right.
  const span = stepSpan(Number($('cl-when-range').value));
  const a = typed ? scoreTyped(e, typed) : scoreWhen(e, nearestIn(e, span.from, span.to));
  study.answered = a;
  progress.lastWhen[e.id] = a.points;
  study.tally.answered++;
  study.tally.points += a.points;
  // WhenTally.add: the round ends once, with the last of its events answered for the first time
  const roundDone = !study.tally.done && !study.tally.asked.has(e.id) && study.tally.asked.add(e.id)
    && askableWhen().every(x => study.tally.asked.has(x.id));
  study.tally.done ||= roundDone;
  showWhenTally();
  if (a.points < GOOD_ANSWER) {
    missed(e.id);
    if (study.queue.length === 0) {
      // the round's last question: asked again in the next, not straight away
      refillWhen();
      study.queue = study.queue.filter(x => x !== e);
    }
    // asked again while it is fresh
    study.queue.splice(Math.min(ASK_AGAIN_AFTER, study.queue.length), 0, e);
  } else if (isDue(e.id)) {
    // StudyProgress.answered: up a box only when the card is due
    knew(e.id);
  }
  keepProgress();
  const days = a.unit === 'YEAR' ? a.off * 365.2425 : a.unit === 'MONTH' ? a.off * 30.436875 : a.off;
  const off = a.unit === 'DAY' && days <= 60 ? msg('study.off.days', a.off)
    : a.unit !== 'YEAR' && days <= 730 ? msg('study.off.months', Math.max(1, Math.round(days / 30.436875)))
    : msg('study.off.years', Math.max(1, Math.round(days / 365.2425)));
  const it = unbrokenDate(e.dateText);
  const verdict = a.off === 0 ? msg(a.yearOnly ? 'study.when.yearOnly' : 'study.when.exact', a.points, it)
    : msg(a.early ? 'study.when.early' : 'study.when.late', a.points, off, it);
  const {answered, points} = study.tally;
  $('cl-when-result').textContent = msg('study.when.youChose', typedText ?? $('cl-when-value').textContent) + ' ' + verdict
    + (roundDone ? ' ' + msg('study.when.roundDone', points, answered, Math.round(points / answered)) : '');
  $('cl-when-range').disabled = true;
  $('cl-when-earlier').disabled = true;
  $('cl-when-later').disabled = true;
  $('cl-when-date').disabled = true;
  $('cl-when-answer').disabled = true;
  $('cl-when-next').disabled = false;
  $('cl-when-next').focus();
}

/** Every card of the set, due or not (CardsPane.practiseAll): with none due, Study Again dealt nothing for days. */
function practiseAllCards() {
  beginCards(shuffled([...study.set]), 'study.cards.counter.all');
}

/** CardsPane.begin and practise: the cards due, or a deck named on its cards (every card, what needs work). */
function beginCards(cards, counterKey = 'study.cards.counter') {
  study.cardsBegun = true;
  study.counterKey = counterKey;
  study.due = Array.isArray(cards) ? cards : dueCards(study.set);
  // said beside the count (CardsPane.notDue)
  study.notDue = Array.isArray(cards) ? 0 : study.set.length - study.due.length;
  study.graded = [];
  study.lastGrade = '';
  study.at = 0;
  study.known = 0;
  study.again = 0;
  showCard();
}

function showCard() {
  const finished = study.at >= study.due.length;
  $('cl-card').hidden = finished;
  $('cl-card-again').hidden = !finished;
  $('cl-card-all').hidden = !finished;
  $('cl-card-turn').disabled = finished;
  $('cl-card-knew').disabled = true;
  $('cl-card-missed').disabled = true;
  $('cl-card-undo').disabled = !study.graded?.length;
  study.turned = false;
  // The last card's grade before the deck's end: it went unsaid.
  $('cl-card-result').textContent = finished
    ? (study.due.length === 0 ? msg('study.cards.none') : (study.lastGrade ? study.lastGrade + ' ' : '') + msg('study.cards.done', study.known, study.again))
    : study.lastGrade;
  if (!finished) {
    const e = study.due[study.at];
    const box = Math.max(1, boxOf(e.id));
    $('cl-card-counter').textContent = study.notDue ? msg('study.cards.counter.notDue', study.at + 1, study.due.length, study.notDue, box, BOXES)
      : msg(study.counterKey, study.at + 1, study.due.length, box, BOXES);
    $('cl-card-front').textContent = withYearsHidden(e, e.label);
    $('cl-card-category').textContent = categoryOf(e) ? categoryName(categoryOf(e)) : ''; // as the window's card: a hint, not the answer
    $('cl-card-date').textContent = '';
    $('cl-card-back').textContent = '';
  }
  showStudyProgress();
}

function turnCard() {
  if (study.at >= study.due.length || study.turned) {
    return;
  }
  const e = study.due[study.at];
  study.turned = true;
  // its years back, with the date
  $('cl-card-front').textContent = e.label;
  $('cl-card-date').textContent = unbrokenDate(e.dateText);
  $('cl-card-back').textContent = e.summary == null ? '' : block(e.summary);
  $('cl-card-turn').disabled = true;
  $('cl-card-knew').disabled = false;
  $('cl-card-missed').disabled = false;
  // On the card, not a button: Space would press it, and a second Space counted the card as known.
  $('cl-card').focus();
}

function gradeCard(wasKnown) {
  if (!study.turned) {
    return;
  }
  const e = study.due[study.at];
  const id = e.id;
  // As the card was, to be put back (CardsPane.undo): a tap on Knew It meant for Missed It counted for days.
  const before = {box: progress.boxes[id], seen: progress.seen[id]};
  // CardsPane.grade: what the grade did to the card, said in the result line
  if (wasKnown) {
    if (isDue(id)) {
      knew(id);
      const box = boxOf(id);
      study.lastGrade = msg('study.cards.graded.up', e.label, box, BOXES, daysInBox(box));
    } else {
      // practising a card not due leaves it in its box
      study.lastGrade = msg('study.cards.graded.kept', e.label, Math.max(1, boxOf(id)), BOXES);
    }
    study.known++;
  } else {
    missed(id);
    study.lastGrade = msg('study.cards.graded.missed', e.label, BOXES);
    study.again++;
  }
  study.graded.push({id, wasKnown, before, after: {box: progress.boxes[id], seen: progress.seen[id]}});
  keepProgress();
  study.at++;
  showCard();
  $(study.at < study.due.length ? 'cl-card-turn' : 'cl-card-again').focus();
}

/** CardsPane.undo: the last grade taken back, the card as it was, shown again turned, to be graded again. */
function undoCard() {
  const last = study.graded?.at(-1);
  if (!last) {
    return;
  }
  // Only while the card is as the grade left it: a date answered since, or the progress forgotten, is not undone.
  if (progress.boxes[last.id] !== last.after.box || progress.seen[last.id] !== last.after.seen) {
    study.graded = [];
    $('cl-card-undo').disabled = true;
    return;
  }
  study.graded.pop();
  for (const [map, value] of [[progress.boxes, last.before.box], [progress.seen, last.before.seen]]) {
    if (value === undefined) {
      delete map[last.id];
    } else {
      map[last.id] = value;
    }
  }
  if (last.wasKnown) {
    study.known--;
  } else {
    study.again--;
  }
  keepProgress();
  study.at--;
  study.lastGrade = msg('study.cards.graded.undone', study.due[study.at].label);
  showCard();
  turnCard();
  // The card has the keys; its grades stay in sight (on a phone held sideways they were below the screen's foot).
  $('cl-card-knew').scrollIntoView({block: 'nearest'});
}

/** StudyProgress.summary: the set's events as known, learning, needing work and not studied yet, in time order. */
function progressSummary() {
  const summary = {known: [], learning: [], work: [], notYet: []};
  for (const e of [...study.set].sort((a, b) => a.startSecond - b.startSecond)) {
    const box = boxOf(e.id);
    const when = progress.lastWhen[e.id];
    const group = box === 0 && when == null ? 'notYet'
      : box === 1 || (when != null && when < GOOD_ANSWER) ? 'work' : box >= KNOWN_BOX ? 'known' : 'learning';
    summary[group].push(e);
  }
  return summary;
}

const summaryLine = s => msg('study.progress.summary', s.known.length, s.learning.length, s.work.length, s.notYet.length);

/** StudyProgress.summary, in one line. */
function showStudyProgress() {
  $('cl-study-progress').textContent = summaryLine(progressSummary());
}

/** ProgressPane.ask: shows or hides the question before forgetting. */
function askToReset(asking, focus = true) {
  for (const id of ['cl-reset-question', 'cl-reset-forget', 'cl-reset-keep']) {
    $(id).hidden = !asking;
  }
  $('cl-study-reset').hidden = asking;
  if (focus) {
    $(asking ? 'cl-reset-keep' : 'cl-study-reset').focus();
  }
}

/**
 * The Progress mode, as the window's: what needs work and what is known, each event with its date;
 * what needs work may be practised as a deck of its own.
 */
function showProgressLists() {
  const summary = progressSummary();
  study.needsWork = summary.work;
  $('cl-progress-practise').disabled = summary.work.length === 0;
  $('cl-progress-counts').textContent = summaryLine(summary);
  // An empty list says what will come into it (it showed a heading over nothing).
  const items = (events, none) => (events.length === 0 ? [el('li', 'study-none', msg(none))]
    : events.map(e => el('li', null, e.label + ' \u00b7 ' + unbrokenDate(e.dateText))));
  $('cl-progress-work').replaceChildren(...items(summary.work, 'study.progress.noneNeedsWork'));
  $('cl-progress-known').replaceChildren(...items(summary.known, 'study.progress.noneKnown'));
}

function wireStudying() {
  // Numbered as in the window: 1 to 3 switch between them.
  STUDY_MODES.forEach((name, i) => {
    const tab = $('cl-study-' + name + '-tab');
    tab.textContent = (i + 1) + '\u2002' + tab.textContent;
  });
  $('cl-study').addEventListener('click', startStudying);
  $('cl-study-end').addEventListener('click', endStudying);
  for (const name of STUDY_MODES) {
    $('cl-study-' + name + '-tab').addEventListener('click', () => showStudyMode(name));
  }
  $('cl-order-check').addEventListener('click', checkStudyOrder);
  $('cl-order-again').addEventListener('click', dealOrder);
  $('cl-order-retry').addEventListener('click', retryOrder);
  $('cl-order-show').addEventListener('click', showRightOrder);
  $('cl-when-range').addEventListener('input', () => {
    study.sliderMoved = true;
    showRangeValue();
    // The input touched last is the answer: a date typed before (or refused) kept answering over the slider moved since,
    // and a refused one kept Answer from answering at all (a student's walk-through on a phone).
    if (!study.answered) {
      $('cl-when-date').value = '';
      $('cl-when-date').removeAttribute('aria-invalid');
      $('cl-when-result').textContent = ''; // a refusal, or "No answer yet", said of what is no longer the answer
    }
  });
  for (const [id, direction] of [['cl-when-earlier', -1], ['cl-when-later', 1]]) {
    holdToRepeat($(id), held => stepWhen(direction * (held >= WHEN_HELD_YEARS && study.whenStep === 'MONTH' ? 12 : 1)));
  }
  $('cl-when-answer').addEventListener('click', answerTyped);
  $('cl-when-date').addEventListener('keydown', e => {
    if (e.key === 'Enter') {
      e.preventDefault();
      answerTyped();
    }
  });
  $('cl-when-next').addEventListener('click', () => {
    askWhen();
    // the button just pressed is disabled: the keys stay in the question, Esc still ends
    whenInput().focus();
  });
  $('cl-when-range').addEventListener('keydown', e => {
    if (e.key === 'Enter') {
      e.preventDefault();
      answerTyped();
    }
  });
  $('cl-card-turn').addEventListener('click', turnCard);
  // A tap on the card turns it, as a paper card is turned (only Turn Card did); once turned, a tap does nothing.
  $('cl-card').addEventListener('click', () => {
    if (!study.turned && !getSelection().toString()) {
      turnCard();
    }
  });
  $('cl-card-again').addEventListener('click', () => {
    beginCards();
    if (!$('cl-card-turn').disabled) {
      $('cl-card-turn').focus(); // the button hides: the keyboard went to the page
    }
  });
  $('cl-card-all').addEventListener('click', () => {
    practiseAllCards();
    $('cl-card-turn').focus();
  });
  // ProgressPane's Practise What Needs Work: those cards alone, shuffled, due or not.
  $('cl-progress-practise').addEventListener('click', () => {
    showStudyMode('cards');
    beginCards(shuffled([...study.needsWork]), 'study.cards.counter.needsWork');
    $('cl-card-turn').focus();
  });
  $('cl-card-knew').addEventListener('click', () => gradeCard(true));
  $('cl-card-missed').addEventListener('click', () => gradeCard(false));
  $('cl-card-undo').addEventListener('click', undoCard);
  // Reset asks in the pane, as the window's does, with Keep first: nothing a stray Enter could forget.
  $('cl-study-reset').addEventListener('click', () => askToReset(true));
  $('cl-reset-keep').addEventListener('click', () => askToReset(false));
  $('cl-reset-forget').addEventListener('click', () => {
    progress = {sessions: 0, boxes: {}, lastWhen: {}, seen: {}};
    keepProgress();
    // the next visit to Cards deals from the fresh start
    study.cardsBegun = false;
    study.queue = [];
    askToReset(false);
    showProgressLists();
  });
  /** Whether a key is this Latin letter's key, in any layout (its place on the keyboard) or typed as the letter. */
  const isLetter = (e, letter) => e.code === 'Key' + letter || e.key.toUpperCase() === letter;
  /** What a key says about a turned card: true knew it (→, or the K key in any layout), false missed it (←, M), null neither. */
  const cardGrade = e => (e.key === 'ArrowRight' || isLetter(e, 'K') ? true : e.key === 'ArrowLeft' || isLetter(e, 'M') ? false : null);
  document.querySelector('#cl-study-view [role=tablist]').addEventListener('keydown', e => {
    const at = STUDY_MODES.indexOf(study.mode);
    const to = {ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: STUDY_MODES.length - 1}[e.key];
    if (to !== undefined) {
      showStudyMode(STUDY_MODES[(to + STUDY_MODES.length) % STUDY_MODES.length], true);
      e.preventDefault();
      // not a card's grade
      e.stopPropagation();
    }
  });
  $('cl-study-view').addEventListener('keydown', e => {
    if (e.key === 'Escape') {
      endStudying();
      e.preventDefault();
    } else if (e.key === 'Tab') {
      keepTabInside($('cl-study-view'), e);
    } else if (/^[0-9]$/.test(e.key) && e.target.id === 'cl-when-range' && !e.ctrlKey && !e.altKey && !e.metaKey) {
      const typed = $('cl-when-date'); // a year typed on the slider is a year, not a switch to another mode
      typed.value += e.key;
      typed.focus();
      e.preventDefault();
    } else if (/^[1-4]$/.test(e.key) && !e.ctrlKey && !e.altKey && !e.metaKey && e.target.type !== 'text') {
      // as in the window; typed dates keep their digits
      showStudyMode(STUDY_MODES[Number(e.key) - 1]);
      e.preventDefault();
    } else if (study.mode === 'order' && !e.ctrlKey && !e.altKey && !e.metaKey) {
      // As in the window (OrderPane.onKey), once checked: T tries again, S shows the order, N deals a new round.
      if (isLetter(e, 'T') && !$('cl-order-retry').hidden) {
        retryOrder();
      } else if (isLetter(e, 'S') && !$('cl-order-show').hidden) {
        showRightOrder();
      } else if (isLetter(e, 'N') && study.checked) {
        dealOrder();
        $('cl-order').querySelector('button:not(:disabled)')?.focus();
      } else {
        return;
      }
      e.preventDefault();
    } else if (study.mode === 'cards' && e.target.tagName !== 'INPUT') {
      // Space turns the card, unless it presses a focused button; a grade counts on a button too.
      const grade = cardGrade(e);
      if (e.key === ' ' && e.target.tagName !== 'BUTTON') {
        turnCard();
      } else if (grade !== null) {
        gradeCard(grade);
      } else if (e.key === 'Backspace' || (e.ctrlKey || e.metaKey) && (e.code === 'KeyZ' || /^[zZ]$/.test(e.key))) {
        undoCard();
      } else {
        return;
      }
      e.preventDefault();
    }
  });
}

// ---- Print: the list of events with dates, descriptions and sources ----

addEventListener('beforeprint', () => {
  const out = [el('h1', null, line(data.title)), ...(data.description == null ? [] : paragraphs(data.description))];
  if (state.shown.length < events.length) {
    // Printed with a filter on: the paper says so, as the page's count does (the introduction speaks of them all).
    out.push(el('p', 'print-filtered', msg('web.print.filtered', grouped(state.shown.length), grouped(events.length))));
  }
  for (const e of state.shown) {
    const section = el('section', 'print-event');
    section.append(...eventDetails(e, true));
    out.push(section);
  }
  $('cl-print').replaceChildren(...out);
});

// ---- Start ----

/**
 * Text with each range of years ("1972–2026") in a span kept on one line: a small phone broke the
 * page's title after the dash. Nothing is added to the text itself, which a student may copy.
 */
function unbrokenRanges(into, text) {
  let at = 0;
  for (const m of text.matchAll(/\d+[\u2013\u2014-]\d+/g)) {
    into.append(text.slice(at, m.index), el('span', 'unbroken', m[0]));
    at = m.index + m[0].length;
  }
  into.append(text.slice(at));
  return into;
}

// On a touch screen with no keyboard (a phone, a tablet), words that name keys have a version without them.
const touchOnly = matchMedia('(hover: none) and (pointer: coarse)').matches;
/** Interface text from the messages: data-msg as text, data-msg-label as the accessible name (and a button's tooltip). */
for (const node of document.querySelectorAll('[data-msg]')) {
  const key = node.dataset.msg;
  node.textContent = msg(touchOnly && hasMsg(key + '.touch') ? key + '.touch' : key);
}
// A tooltip that names keys (data-msg-title): none on a touch screen, where there are no keys and no tooltips.
for (const node of touchOnly ? [] : document.querySelectorAll('[data-msg-title]')) {
  node.title = msg(node.dataset.msgTitle);
}
for (const node of document.querySelectorAll('[data-msg-label]')) {
  node.setAttribute('aria-label', msg(node.dataset.msgLabel));
  if (node.tagName === 'BUTTON') {
    node.title = msg(node.dataset.msgLabel);
  }
}
searchBox.placeholder = msg('web.search.placeholder');
unbrokenRanges($('cl-title'), line(data.title));

/** The event an address names (#cfe-signed), when there is one. */
function eventInAddress() {
  try {
    return byId.get(decodeURIComponent(location.hash.slice(1))) || null;
  } catch (malformed) {
    return null;
  }
}

buildFilter();
applyFilter(false);
wirePresenting();
wireStudying();
attachPointer(main);
$('cl-zoom-in').addEventListener('click', () => { main.zoomAround(1.5, main.width / 2); sayPeriodOnceStill(); });
$('cl-zoom-out').addEventListener('click', () => { main.zoomAround(1 / 1.5, main.width / 2); sayPeriodOnceStill(); });
$('cl-fit').addEventListener('click', () => { main.fitAll(); sayPeriodOnceStill(); });
main.onDraw = () => {
  overview.paint();
  const period = periodSentence();
  main.canvas.setAttribute('aria-label', period);
  if (periodAsked) {
    // Each frame of a glide puts it off: said once, where the view stops.
    clearTimeout(periodTimer);
    periodTimer = setTimeout(() => {
      periodAsked = false;
      if (!state.selected) {
        $('cl-announce').textContent = periodSentence();
      }
    }, 500);
  }
};
// its height is set from the type size: before the timeline's size is measured
overview.paint();
const stage = $('cl-stage');
main.setViewport(stage.clientWidth, stage.clientHeight);
main.setScale(fittingAll(state.content, main.width));
const first = eventInAddress();
if (first) {
  select(first);
  // Opened by a link to it: on a phone its details began below the screen, a marker all there was to see.
  requestAnimationFrame(revealDetails);
}
main.draw();
performance.mark('chronoline-first-frame');
fitToBox(main, stage);
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => main.restyle());
history.replaceState({step: 0}, '');
addEventListener('hashchange', () => {
  const e = eventInAddress();
  const step = history.state && typeof history.state.step === 'number' ? history.state.step : null;
  const back = step !== null && step === state.step - 1 && state.trail.length > 0;
  const forward = step !== null && step === state.step + 1 && state.ahead.length > 0;
  if (step !== null) {
    state.step = step;
  }
  if (e && e !== state.selected) {
    const cleared = clearFilterFor(e);
    if (cleared && forward) {
      state.clearedByLinks.push({from: state.selected, ...cleared});
    }
    if (back || forward) {
      // Back, the page's or the browser's, from a followed link: the event it came from, read on from its title.
      // Forward after it: the link followed again, and the page's Back with it (it was forgotten).
      if (back) {
        state.ahead.push(state.selected);
        state.trail.pop();
      } else {
        state.trail.push(state.selected);
        state.ahead.pop();
      }
      select(e, {followed: true});
      if (back) {
        // Once e is selected: the filter put back hides the event left, whose going cleared the trail.
        putFilterBackFor(e);
      }
      focusDetailsTitle();
      revealDetails();
    } else {
      select(e);
      // a link to an event followed from elsewhere: its details to read
      revealDetails();
    }
  }
});
// The skip link goes to the list without putting "#cl-events" in the address, which names the selected event:
// copied to cite it, the address opened nothing.
document.querySelector('.skip').addEventListener('click', event => {
  event.preventDefault();
  if (!state.roving) {
    list.tabIndex = -1;
  }
  (state.roving || list).focus();
});
// The list is long for a large file: it is built once the timeline is on screen.
requestAnimationFrame(() => setTimeout(buildList));

// ---- For tests: the ported rules, and the state of the page ----

window.ChronolineViewer = Object.freeze({
  /** DisplayText.line. */
  line,
  /** DisplayText.names. */
  names,
  /** DisplayText.pointingBack. */
  pointingBack,
  /** Links.openable then Links.target, for web and mailto addresses: the address a link opens, or null. */
  openedAddress,
  /** PresentationSteps.stepNearestYear and years of the events with these ids as steps, in this order. */
  stepNearestYear(ids, year) {
    const steps = ids.map(id => byId.get(id));
    return [stepNearestYear(steps, year), ...stepYears(steps)];
  },
  /** PresentationSteps.stepTyped of the events with these ids as steps, in this order. */
  stepTyped: (ids, number) => stepTyped(ids.map(id => byId.get(id)), number),
  /** OrderRound.check of the events with these ids, in this order: [{right, before, after}] with ids. */
  checkOrder(ids) {
    return checkOrder(ids.map(id => byId.get(id))).map(p => ({right: p.right, before: p.before?.id ?? null, after: p.after?.id ?? null}));
  },
  /** StudyProgress.daysInBox. */
  daysInBox,
  /** WhenAnswer.withYearsHidden. */
  withYearsHidden,
  /** WhenAnswer.score of an answer given as the period [from, to) for the event with this id. */
  scoreWhen(id, from, to) {
    const e = byId.get(id);
    return scoreWhen(e, nearestIn(e, from, to));
  },
  /** WhenAnswer.scoreTyped of this text typed for the event with this id, or null when it is not a date. */
  scoreTyped(id, text) {
    const date = parseTypedDate(text);
    return date && scoreTyped(byId.get(id), date);
  },
  /** DateInput.parse of a typed year, month or day: {from, to, field}, or null when it is not a date. */
  typedDate: parseTypedDate,
  /** The width of a label as the timeline measures it, and as the browser draws the whole text: [measured, drawn]. */
  labelWidths(text) {
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = main.style.labelFont;
    return [main.labels.width(text), ctx.measureText(text).width];
  },
  /**
   * Each era's band and name colour as the timeline draws them now, and the background they are on:
   * {background: [r, g, b], eras: [{title, band: [r, g, b], text: [r, g, b]}]}, 0 to 1.
   */
  eraColours(which) {
    const s = (which === 'present' ? presentView : main).style;
    const eras = data.eras.map(era => {
      const color = parseColor(era.color) || s.eraDefault;
      const opacity = eraOpacity(color, s);
      const band = eraBand(color, s, opacity);
      const text = eraTextOn(color, s, opacity);
      const beside = eraNameBeside(color, s);
      return {title: era.title, band: [band.r, band.g, band.b], text: [text.r, text.g, text.b], beside: [beside.r, beside.g, beside.b]};
    });
    return {background: [s.background.r, s.background.g, s.background.b], eras};
  },
  /**
   * AxisPlan.plan: {unit: "YEARx5", lower: [{second, x, label}], upper: [...]}; measure(text) is a label's width,
   * finest the finest TickUnit.Field ("MINUTE" when left out).
   */
  axisPlan(startSecond, secondsPerPixel, width, measure, finest) {
    const plan = axisPlan(new Scale(startSecond, secondsPerPixel), width, measure, finest);
    return {unit: String(plan.unit), lower: plan.lower, upper: plan.upper, oneRow: oneRowLabels(plan, measure)};
  },
  /**
   * TimelineLayouter.layout of the shown events with the screen packing, measuring labels with measure(text)
   * and sizing rows from lineHeight: {axisUnit, items: [{id, lane, row, label, x0, x1, labelX}], clusters: [{lane, row, x0, x1, count}]};
   * with slide, as a presentation's slide of that view (Packing.asSlideOf); with rows, at most that many per lane
   * (Packing.forScreenAtMost).
   */
  layout(startSecond, secondsPerPixel, width, measure, lineHeight, mode = 'BY_CATEGORY', slide = false, rows = null, pinned = null,
    kept = null) {
    const layout = layoutTimeline(state.content, mode, new Scale(startSecond, secondsPerPixel), width, measurerOf(measure, lineHeight),
      measure, metricsFor(lineHeight), slide ? [startSecond, startSecond + secondsPerPixel * width] : null, rows, pinned, kept);
    return {
      axisUnit: String(layout.axis.unit),
      items: layout.items.map(it => ({id: it.event.id, lane: it.lane, row: it.row, label: it.label, x0: it.x0, x1: it.x1, labelX: it.labelX})),
      clusters: layout.clusters.map(c => ({lane: c.lane, row: c.row, x0: c.x0, x1: c.x1, count: c.count})),
      eras: layout.eras.map(e => ({title: e.era.title, row: e.row, label: e.label, labelX: e.labelX, outside: e.outside})),
    };
  },
  /** TextMeasurer.fit, measuring with measure(text). */
  fit(text, maxWidth, measure) {
    return fitText(text, maxWidth, measure);
  },
  /** LeastLabel.of: the start of a title a shortened label keeps at least. */
  least: leastLabel,
  /** DateText.year. */
  year: yearText,
  /** DateText.unbroken. */
  unbrokenDate,
  /** DateText.format of the instant at a precision ('YEAR', 'MONTH', 'DAY'). */
  dateText,
  /** Messages.get: the page's message with these values. */
  message: msg,
  /** CivilCalendar.epochDay and civilFromEpochDay ([year, month, day]). */
  epochDay,
  civilFromEpochDay,
  /** SearchQuery.parse(text).terms(), as {text, whole}. */
  searchTerms,
  /** The citation Copy Citation copies for the event with this id. */
  citation: id => citation(byId.get(id)),
  /** MatchSnippet.of: why the event with this id matched what was typed, as {field, text}, or null. */
  matchSnippet: (id, typed) => {
    const typing = state.terms;
    state.terms = searchTerms(typed);
    try {
      return matchSnippet(byId.get(id));
    } finally {
      state.terms = typing;
    }
  },
  /** SearchQuery.parse(typed).matches(FoldedText.foldAll(text)): whether what was typed finds this text. */
  matchesText: (text, typed) => matchesTerms(fold(text), searchTerms(typed)),
  /** SearchSuggestion.suggest over every event: what "Did you mean" offers for what was typed, or null. */
  searchSuggestion,
  /** EventSearch.ranked: the ids of every event, shown or not, that what was typed finds, best first. */
  searchMatches: text => rankedMatches(events, searchTerms(text)).map(e => e.id),
  state() {
    const selectedItem = state.selected && main.drawn && main.drawn.layout.items.find(it => it.event.id === state.selected.id);
    return {
      selectedId: state.selected ? state.selected.id : null,
      fromSecond: main.scale.secondAt(0),
      toSecond: main.scale.secondAt(main.width),
      shownIds: state.shown.map(e => e.id),
      /** The filter's dates, in seconds, or null. */
      filterFrom: state.filter.from,
      filterTo: state.filter.to,
      matchIds: state.matches && state.matches.map(e => e.id),
      drawnIds: main.drawn ? main.drawn.layout.items.map(it => it.event.id) : [],
      /** The selected event's label as its row has room for it, and its title as the timeline shows it (drawn whole over a shortened label). */
      selectedLabel: selectedItem ? selectedItem.label : null,
      selectedTitle: selectedItem ? (main.drawn.selectedTitle ? main.drawn.selectedTitle.text : selectedItem.label) : null,
      /** The events whose titles the selected title drawn whole partly covers, and so left out (WholeTitle.cuts). */
      labelsCut: main.drawn && main.drawn.selectedTitle ? main.drawn.layout.items
        .filter(it => cutBy(main.drawn.selectedTitle, it, it.y + main.drawn.frame.lanesTop - main.drawn.frame.laneScroll))
        .map(it => it.event.id) : [],
      /** Where the selected title is drawn whole, in the canvas's pixels ([x, y, width, height]), or null. */
      wholeTitleBox: main.drawn && main.drawn.selectedTitle
        ? ['x', 'y', 'width', 'height'].map(k => main.drawn.selectedTitle[k]) : null,
      /** Where the clusters' pills are drawn, in the canvas's pixels ([x, y, width, height] each). */
      clusterPills: main.drawn ? main.drawn.layout.clusters.map(c => clusterPill(c, main.drawn.layout, main.drawn.frame))
        .map(p => [p.x, p.y, p.width, p.height]) : [],
      moving: !!main.animation,
      /** Where each event is drawn, in the canvas's pixels: [id, x, y, width, height] (its marker and label). */
      drawnBoxes: main.drawn ? main.drawn.layout.items.map(it => [it.event.id, itemLeft(it),
        it.y + main.drawn.frame.lanesTop - main.drawn.frame.laneScroll, itemRight(it) - itemLeft(it), it.height]) : [],
      /** The lanes' view, in the canvas's pixels, less what covers its foot: [top, height]. */
      lanesBox: main.drawn ? [main.drawn.frame.lanesTop, main.drawn.frame.lanesHeight - main.bottomInset] : null,
    };
  },
  /**
   * The presentation's timeline as drawn: its step's id, the events drawn as themselves, how far its lanes scroll
   * and could, the clusters' counts, whether it is gliding, and its step's title as drawn and as its row left it.
   */
  presented() {
    const d = presentView.drawn;
    const step = d ? d.layout.items.find(it => it.event.id === presentView.selectedId) : null;
    return {stepId: presentView.selectedId, drawnIds: d ? d.layout.items.map(it => it.event.id) : [], laneScroll: d ? d.frame.laneScroll : 0,
      maxScroll: d ? d.frame.maxScroll : 0, clusters: d ? d.layout.clusters.map(c => c.count) : [], moving: !!presentView.animation,
      stepTitle: step ? (d.selectedTitle ? d.selectedTitle.text : step.label) : null, stepLabel: step?.label};
  },
  /** Selects an event by id (null clears); false when no shown event has that id. */
  select(id) {
    const e = id == null ? null : byId.get(id);
    if (id != null && (!e || !shows(e))) {
      return false;
    }
    select(e);
    return true;
  },
  /** Shows [fromSecond, toSecond] at once. */
  show(fromSecond, toSecond) {
    main.show(fromSecond, toSecond, 0);
  },
  /** Draws the timeline now (for timing a frame). */
  redraw() {
    main.draw();
  },
});
})();
