/**
 * Russian. Loaded only when chosen. Plurals through Intl.PluralRules
 * (one: 1, 21; few: 2–4, 22; many: 5–20, 11–14; other: fractions).
 */
import { intlDates, listFormats, numberFormat, pluralRules } from './intl.js';
import type { Messages, Mode, PlaceKind, PlaceWanted } from './messages.js';

type Forms = Record<'one' | 'few' | 'many' | 'other', string>;
const category = pluralRules('ru');
/** The form of a word that goes with `n`: forms(5, дней) → "дней". */
const form = (n: number, forms: Forms): string => forms[category(n) as keyof Forms] ?? forms.other;
const count = (n: number, forms: Forms): string => `${n} ${form(n, forms)}`;

const lists = listFormats('ru');
const number = numberFormat('ru');

/** Ends a sentence once: a date such as "22 ноября 2026 г." already ends in a full stop. */
const sentence = (text: string): string => (text.endsWith('.') ? text : `${text}.`);
/** "Поезд 646": a title or sentence starts with a capital. */
const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Dative plural: "по понедельникам". */
/** The table's weekdays, as its dates write them ("пт 27 нояб."). */
const WEEKDAY_SHORT = ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'] as const;
const ON_WEEKDAYS = [
  'понедельникам',
  'вторникам',
  'средам',
  'четвергам',
  'пятницам',
  'субботам',
  'воскресеньям',
] as const;

const KIND: Record<PlaceKind, string> = { all: 'все рейсы', route: 'маршрут', service: 'рейс' };
const OF_WANTED: Record<PlaceWanted, string> = { station: 'станции', 'station or route': 'станции или маршрута' };
const WANTED: Record<PlaceWanted, string> = { station: 'станция', 'station or route': 'станция или маршрут' };

/** "поездов", "автобусов с опубликованным временем": what --mode and --timed keep, after "нет". */
const FILTERED: Partial<Record<Mode, string>> = { train: 'поездов', bus: 'автобусов' };
const filtered = (mode: Mode | null, timed: boolean): string =>
  `${(mode && FILTERED[mode]) ?? 'рейсов'}${timed ? ' с опубликованным временем' : ''}`;

const TIMES: Forms = { one: 'раз', few: 'раза', many: 'раз', other: 'раза' };

/** "; может быть, --date?", "; может быть, один из --days, --date?", or nothing. */
const didYouMean = (names: readonly string[]): string =>
  names.length === 0 ? '' : `; может быть, ${names.length > 1 ? `один из ${names.join(', ')}` : names[0]}?`;

export const ru: Messages = {
  lang: 'ru',
  dates: intlDates('ru', {
    day: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
    date: { day: 'numeric', month: 'long', year: 'numeric' },
    weekday: 'short',
    range: { near: '–', far: ' – ' },
    capitalizeTitle: true,
    compactDay: true,
  }),
  andList: lists.and,
  orList: lists.or,

  mode: { train: 'поезд', bus: 'автобус', road: 'автодорога', cableway: 'канатная дорога', river: 'переправа' },
  statusWithNote: (status, note) => `${status}, ${note}`,
  status: {
    running: 'курсирует',
    announced: 'объявлен',
    planned: 'планируется',
    suspended: 'приостановлен',
    seasonal: 'сезонный',
    reported: 'по сообщениям',
  },
  confidence: { high: 'высокая', medium: 'средняя', low: 'низкая' },
  duration(days, hours, minutes) {
    // "сут." (сутки) is how Russian timetables count whole days on the way.
    if (days > 0) return hours === 0 ? `${days} сут.` : `${days} сут. ${hours} ч`;
    if (hours > 0) return minutes === 0 ? `${hours} ч` : `${hours} ч ${minutes} мин`;
    return `${minutes} мин`;
  },
  timesPerDay: (n) => `${count(n, TIMES)} в день`,

  rules: {
    daily: 'ежедневно',
    weekly: (days) => `по ${lists.and(days.map((d) => ON_WEEKDAYS[d - 1]!))}`,
    monthly: (days) => `${lists.and(days.map(String))} числа каждого месяца`,
    withCount: (rule, perDay) => `${rule}, ${ru.timesPerDay(perDay)}`,
  },

  table: {
    heads: {
      date: 'Дата',
      departs: 'Отправление',
      fromTo: 'Откуда → куда',
      arrives: 'Прибытие',
      journey: 'В пути',
      service: 'Рейс',
      leaves: 'Через',
    },
    legend: (parts) => `${parts.join('; ')}.`,
    localTimes: (groups) => `Местное время: ${groups.join('; ')}.`,
    timesInZone: (zone) => `Время по поясу ${zone}.`,
    clockBehind: (to, from, duration) => `Часы в пункте ${to} отстают от часов в пункте ${from} на ${duration}.`,
    countdown: (duration) => (duration === null ? 'сейчас' : `через ${duration}`),
    nextDeparture: (countdown, departure) => `Ближайшее отправление ${countdown}: ${departure}.`,
    boardTitle: 'Ближайшее отправление по каждому маршруту',
    asOf: (date) => `на ${date}`,
    car: (run) => `вагон «${run}»`,
    moreRoutes: (n) =>
      `Ещё ${count(n, { one: 'маршрут', few: 'маршрута', many: 'маршрутов', other: 'маршрута' })} без опубликованного расписания: см. \`railnext routes\`.`,
    marks: { unknown: 'не опубликовано', derived: 'вычислено по времени в пути', low: 'низкая достоверность' },
    allServices: 'Все рейсы',
    departuresFrom: (station) => `Отправления: ${station}`,
    timesLocal: '  (время местное для каждой станции)',
    timesIn: (zone) => `  (время в поясе ${zone})`,
    service: (mode, number, status, cars) =>
      `${mode}${number ? ` ${number}` : ''}${status ? ` (${status})` : ''}${cars ? `, ${cars}` : ''}`,
    throughCars: (from, to) =>
      `беспересадочные вагоны ${[from.length ? `из: ${lists.and(from)}` : '', to.length ? `до: ${lists.and(to)}` : ''].filter(Boolean).join('; ')}`,
    carArrives: (car, when) => `${car}: приб. ${when}`,
    cars: (parts) => parts.join(', '),
    perDay: (cell, n) => `${cell} (${ru.timesPerDay(n)})`,
    runDays: (range, days) => [
      ...range.slice(0, -1),
      `${range[range.length - 1]}, `,
      days ? days.map((d) => WEEKDAY_SHORT[d - 1]).join(', ') : ru.rules.daily,
    ],
    laterDays: (n) => `+${n} сут.`,
    noDeparturesOn: (date) => sentence(`Нет отправлений ${date}`),
    noDeparturesBetween: (first, last) => sentence(`Нет отправлений с ${first} по ${last}`),
    nextOne: (departure) => `Следующее отправление: ${departure}.`,
    noneInTenYears: 'И в следующие десять лет отправлений нет.',
    departure: (when, time, service) =>
      `${when ?? 'дата не опубликована'}${time === null ? ' (время не опубликовано)' : ` в ${time}`}, ${service}`,
    dateIsStationsOwn: (zone) => `Дата без времени — по местному календарю станции, а не в поясе ${zone}.`,
  },

  fares: {
    line: (text) => sentence(`Стоимость: ${text}`),
    fare: (qualifier, amount, currency, covers, confidence, sources) =>
      `${{ exact: '', from: 'от ', about: 'около ', over: 'более ' }[qualifier]}${amount} ${currency}, ${covers} (достоверность: ${confidence}${sources.length ? `; ${sources.join('; ')}` : ''})`,
    amount: (n) => number().format(n),
    undated: 'без даты',
    sourcesHeading: 'Источники:',
  },

  travel: {
    heading: {
      tickets: (route) => (route ? `Билеты (${route}):` : 'Билеты:'),
      entry: (route) => (route ? `Кто может ехать, въезд и визы (${route}):` : 'Кто может ехать, въезд и визы:'),
    },
    fact: (text, asOf, until, confidence, sources) =>
      `${text} (по состоянию на ${asOf}${until ? (until.ended ? `; срок действия истёк ${until.date}, более поздних сведений нет` : `; действует по ${until.date}`) : ''}; достоверность: ${confidence}${sources.length ? `; ${sources.join('; ')}` : ''})`,
  },

  overdue: {
    month: (text) => ru.dates.yearMonth(text),
    due: (when) => `срок — ${when}; об открытии с тех пор не сообщалось`,
    announced: (when) => `срок — ${when}; о рейсах с тех пор не сообщалось`,
    of: (name, overdue) => `${name}: ${overdue}.`,
  },

  footer: {
    sources: (items) => `Источники: ${items.join('; ')}.`,
    lastChecked: (date, upTo) =>
      sentence(`Данные проверены ${date}${upTo ? ` (самые свежие источники — ${upTo})` : ''}`),
  },

  nearest: {
    boardNear: (from, to) => `Ближайшие станции с рейсами → ${to} (расстояние по прямой от станции ${from}):`,
    alightNear: (from, to) =>
      `Ближайшие к станции ${to} станции, куда идут рейсы со станции ${from} (расстояние по прямой):`,
    noneNear: (from, to, distance) => `В пределах ${distance} от станции ${from} нет станций с рейсами → ${to}.`,
    unplaced: (station) => `В расписаниях нет координат станции ${station}, поэтому ближайшие станции не указаны.`,
    station: (name, distance, services) => `${name}, ${distance}: ${services.join('; ')}`,
    service: (name, mode, remarks) => `${mode} ${name}${remarks.length ? ` (${remarks.join('; ')})` : ''}`,
    datesNotPublished: 'даты этой остановки не опубликованы',
    datesNotPublishedAt: (station) => `даты на станции ${station} не опубликованы`,
    km: (n) => `${number().format(n)} км`,
    routes: (from, to) => `Маршруты без расписания, где упоминается ${from} или ${to}:`,
    route: (name, status) => `${name} (${status})`,
  },

  lookup: {
    callsUnpublished: (service, mode) =>
      `Здесь также останавливается ${mode} ${service}; даты и время этой остановки не опубликованы.`,
    noServiceBetween: (from, to) => `В расписаниях нет рейсов по направлению ${from} → ${to}.`,
    noServiceFrom: (station) => `В расписаниях нет рейсов со станции ${station}.`,
    noPublishedDates: 'Нет отправлений с опубликованными датами.',
    noKnownService: 'Регулярных рейсов не известно.',
    emptyRoute: (route, status) => `${route} (${status}): регулярных рейсов не известно.`,
    noFilteredFrom: (station, mode, timed) => `В расписаниях нет ${filtered(mode, timed)} со станции ${station}.`,
    noFilteredBetween: (from, to, mode, timed) =>
      `В расписаниях нет ${filtered(mode, timed)} по направлению ${from} → ${to}.`,
    noFiltered: (scope, mode, timed) =>
      scope === null ? `В расписаниях нет ${filtered(mode, timed)}.` : `${scope}: нет ${filtered(mode, timed)}.`,
  },

  routes: {
    header: (id, mode, status) => `${id} · ${mode} · ${status}`,
    service: (name, number, rule, from, until, status, confidence) =>
      `${name}${number ? ` ${number}` : ''}: ${rule}, ${from}${until ? ` по ${until}` : ''} (${status}, достоверность: ${confidence})`,
    firstFrom: (date) => `с ${date}`,
    neverFrom: (date) => `ни одного рейса начиная с ${date}`,
    noService: 'Регулярных рейсов не известно.',
    fromFile: (path) => `Из файла ${path}.`,
  },

  stations: {
    line: (name, country, zone) => `${name}, ${country}, ${zone}`,
  },

  calendar: {
    timeNotPublished: 'время не опубликовано',
    timesNotPublished: 'время не опубликовано',
    noDeparture: (first, last) => sentence(`Нет отправлений с ${first} по ${last}`),
    legend: '[d] день отправления, по местному календарю станции отправления',
    legendIn: (zone) => `[d] день отправления по часам ${zone} (дата без времени — по календарю станции)`,
  },

  ics: {
    eventTitle: (mode, number, from, to, untimed) =>
      `${capitalized(mode)}${number ? ` ${number}` : ''} ${from} → ${to}${untimed === null ? '' : untimed > 1 ? ` (${ru.timesPerDay(untimed)}, время не опубликовано)` : ' (время не опубликовано)'}`,
    route: (name) => `Маршрут: ${name}.`,
    event(arrives, station, date, time) {
      const where = `${arrives ? 'Прибытие' : 'Отправление'}: ${station}`;
      if (time)
        return `${where}, ${date} в ${time.time} (UTC${time.offset}, ${time.zone})${time.derived ? ', вычислено по времени в пути' : ''}${time.published ? `; опубликовано как ${time.published}` : ''}.`;
      return date === null ? `${where}; дата и время не опубликованы.` : `${where}, ${date}; время не опубликовано.`;
    },
    perDay: (n) =>
      `${count(n, { one: 'отправление', few: 'отправления', many: 'отправлений', other: 'отправления' })} в день.`,
    journey: (duration) => `В пути: ${duration}.`,
    status: (status, note, confidence) => `Статус: ${status}${note ? ` (${note})` : ''}; достоверность: ${confidence}.`,
    runsAs: (numbers) => `Следует под номерами ${numbers.join(', затем ')}.`,
    throughCars: (from, to) => sentence(capitalized(ru.table.throughCars(from, to))),
    fareLine: (fare) => sentence(`Стоимость: ${fare}`),
    sources: (sources) => `Источники: ${sources.join('; ')}.`,
    leg: (journey, status, n, legs) => `Поездка ${journey} (${status}), участок ${n}/${legs}: `,
    change: (station, status, arriveBy, wait) =>
      `Затем пересадка: ${station} (${status}${arriveBy ? `; успеете, если прибытие не позже ${arriveBy}` : ''}); ожидание ${wait}.`,
    waitRange: (min, max) => `от ${min} до ${max ?? 'неизвестно'}`,
  },

  warnings: {
    oldData: (date, upTo, days) =>
      `предупреждение: расписания последний раз проверялись ${date}${upTo ? ` (самые свежие источники — ${upTo})` : ''}, ${count(days, { one: 'день', few: 'дня', many: 'дней', other: 'дня' })} назад: время могло измениться. Обновите railnext (\`npm install -g railnext@latest\`) или загрузите более новые расписания через --schedules.`,
    droppedServices: (file, route, services) =>
      `предупреждение: ${file} заменяет маршрут «${route}», но в нём нет ${services.length === 1 ? `рейса ${services[0]}: он больше не выводится` : `рейсов ${services.join(', ')}: они больше не выводятся`} (подробнее — \`railnext validate\`)`,
    leftOut: (message) => `предупреждение: ${message} (пропущено)`,
    untimedSkipped: (n) =>
      `--next пропустил ${number().format(n)} ${form(n, { one: 'отправление', few: 'отправления', many: 'отправлений', other: 'отправления' })} с неопубликованным временем; --untimed учитывает и их`,
  },

  journeys: {
    leaving: (from, to, first, last) =>
      `${from} → ${to}, отправление ${first === last ? first : `с ${first} по ${last}`}`,
    arrivingBy: (from, to, date) => `${from} → ${to}, прибытие не позже ${date}`,
    arrivalsAt: (station, first, last) =>
      `Прибытия, станция ${station}: ${first === last ? first : `с ${first} по ${last}`}`,
    heading: (n, sure, changes, duration) =>
      `Маршрут ${n} · ${sure ? 'надёжный' : 'возможный'} · ${changes === 0 ? 'без пересадок' : count(changes, { one: 'пересадка', few: 'пересадки', many: 'пересадок', other: 'пересадки' })} · ${duration}`,
    sure: 'надёжная',
    possible: 'возможная',
    changeAt: (station, status) => `пересадка: ${station} (${status})`,
    wait: (span) => `ожидание ${span}`,
    between: (min, max) => `от ${min} до ${max}`,
    atLeast: (min) => `не меньше ${min}`,
    notKnown: 'неизвестно',
    worksIf: (service, mode, time, date) => `успеваете, если ${mode} ${service} прибудет не позже ${time} ${date}`,
    worksIfUnpublished: 'успеваете, только если это позволит неопубликованное время',
    orLater: (day) => `${day} или позже`,
    span: 'диапазон дат: не опубликовано, ограничено соседними остановками',
    spanInZone: 'диапазон дат: время не опубликовано, и по этим часам оно может прийтись на любую из них',
    nothingArrives: (station) => `Станция ${station}: в это время прибытий нет.`,
    noneLeaves: (from, to, n) =>
      `Нет маршрутов ${from} → ${to} не более чем с ${count(n, { one: 'пересадкой', few: 'пересадками', many: 'пересадками', other: 'пересадками' })} в это время.`,
    noneReaches: (from, to, n, date) =>
      `Нет маршрутов ${from} → ${to} не более чем с ${count(n, { one: 'пересадкой', few: 'пересадками', many: 'пересадками', other: 'пересадками' })} с прибытием не позже ${date}.`,
    noneInThreeMonths: 'И в следующие три месяца тоже нет.',
    noneFits: (options) => `Ни один маршрут не подходит под эти параметры (${options.join(', ')}).`,
    optionChange: (duration) => `время пересадки ${duration}`,
    optionChanges: (n) =>
      `не более ${count(n, { one: 'пересадки', few: 'пересадок', many: 'пересадок', other: 'пересадки' })}`,
    optionMaxWait: (days) =>
      `ожидание не дольше ${count(days, { one: 'дня', few: 'дней', many: 'дней', other: 'дня' })}`,
    nextLeave: (n, day) => `${n === 1 ? 'Ближайший маршрут отправляется' : 'Ближайшие маршруты отправляются'} ${day}:`,
    domestic: 'Внутренние поезда не учтены: в расписаниях только международные рейсы.',
    meaning: (change) =>
      `надёжная: на каждую пересадку не меньше ${change}, каким бы ни оказалось неопубликованное время; возможная: только при некоторых из них.`,
    errors: {
      maxWait: (max, got) => `--max-wait: не больше года (${max}d), указано ${got}d`,
      calendar: '--calendar не сочетается с маршрутами с пересадками',
      toWithOrigin:
        '--to показывает прибытия откуда угодно: не указывайте станцию перед ним (для одной станции отправления укажите обе: railnext ОТКУДА КУДА)',
      toWithArriveBy: '--to и --arrive-by нельзя использовать вместе',
      arriveByWithWindow: '--arrive-by сам задаёт даты: он не сочетается с --date, --until, --on и --days',
      twoStations: 'маршрут ведёт от одной станции к другой: railnext ОТКУДА КУДА --journeys',
      windowLimit: (max, got) =>
        `маршруты строятся не более чем на ${number().format(max)} дней отправления, а в этом окне ${number().format(got)}: сократите его через --days или --until`,
      servicesLimit: (max, got) =>
        `маршруты строятся не более чем по ${number().format(max)} рейсам, а в расписаниях ${number().format(got)}: загрузите меньше через --schedules и --no-bundled`,
      stopsLimit: (max, service, got) =>
        `маршруты строятся по рейсам не более чем из ${number().format(max)} остановок, а у ${service} их ${number().format(got)}: загрузите меньше через --schedules и --no-bundled`,
    },
  },

  validate: {
    summary(files, errors, warnings) {
      const checked = form(files, { one: 'Проверен', few: 'Проверено', many: 'Проверено', other: 'Проверено' });
      const what = count(files, { one: 'файл', few: 'файла', many: 'файлов', other: 'файла' });
      const found =
        errors === 0 && warnings === 0
          ? 'проблем нет'
          : `${count(errors, { one: 'ошибка', few: 'ошибки', many: 'ошибок', other: 'ошибки' })}, ${count(warnings, { one: 'предупреждение', few: 'предупреждения', many: 'предупреждений', other: 'предупреждения' })}`;
      return `${checked} ${what}: ${found}.`;
    },
    problemsInSchedules: (n) =>
      `${count(n, { one: 'проблема', few: 'проблемы', many: 'проблем', other: 'проблемы' })} в расписаниях:`,
    didYouMean: (value) => `может быть, «${value}»?`,
  },

  gtfs: {
    wrote: (dir, trips, days, first, last) =>
      sentence(`Лента GTFS записана в ${dir}: рейсов — ${trips}, дней обслуживания — ${days}, с ${first} по ${last}`),
    leftOut: (services) => `Не вошли (для рейса опубликовано слишком мало времён): ${services.join(', ')}.`,
  },

  errors: {
    invalidPlaceName: (query, wanted) => `«${query}» — не название ${OF_WANTED[wanted]}`,
    queryTooLong: (wanted, length, max) =>
      `название ${OF_WANTED[wanted]} из ${length} символов длиннее любого возможного (${max}; см. \`railnext stations\`)`,
    unknownPlace: (query, wanted, suggestions) =>
      `неизвестная ${WANTED[wanted]} «${query}»${suggestions.length ? `; может быть, ${lists.or(suggestions)}?` : ''} (см. \`railnext stations\`)`,
    ambiguousPlace: (query, candidates) => `«${query}» может означать ${lists.or(candidates)}; уточните`,
    notAStation: (query, kind) => `«${query}» — это ${KIND[kind]}, а не станция`,
    destinationNeedsStation: (query, kind) =>
      `пункт назначения указывается только вместе со станцией; «${query}» — это ${KIND[kind]}`,
    windowBackwards: (until, first) => `--until ${until} раньше начала периода (${first})`,
    windowOutOfRange: (first, last, earliest, latest) =>
      `период с ${first} по ${last} выходит за даты, которые охватывает railnext: с ${earliest} по ${latest}`,
    windowTooLong: (first, last, years, maxDays) =>
      `период с ${first} по ${last} длиннее ${years} ${form(years, { one: 'года', few: 'лет', many: 'лет', other: 'лет' })} (${maxDays} дн.)`,
    badDate: (text, noSuchDate) =>
      `неверная дата «${text}» (${noSuchDate ? 'такой даты нет' : 'ожидается ГГГГ-ММ-ДД, месяц ГГГГ-ММ, today, tomorrow, день недели, например mon, или +N'})`,
    badCount: (text, min, max) =>
      `ожидается целое число ${max === null ? `не меньше ${min}` : `от ${min} до ${max}`}, получено «${text}»`,
    badInstant: (text) =>
      `неверный момент времени «${text}» (ожидается ISO 8601 со смещением, например 2026-12-01T09:00:00+10:00 или 2026-12-01T00:00:00Z)`,
    unknownZone: (text, suggestion) =>
      `неизвестный часовой пояс «${text}»${suggestion ? `; может быть, ${suggestion}?` : ''} (ожидается пояс IANA, например Asia/Vladivostok, или local)`,
    badChoice: (text, choices) => `недопустимое значение «${text}» (ожидается ${choices.join(', ')})`,
    schedulesNotFound: (path, variable) => `${variable ?? 'расписания'}: нет такого файла или папки «${path}»`,
    schedulesUnreadable: (path, reason, variable) =>
      `${variable ?? 'расписания'}: не удаётся прочитать папку «${path}» (${reason})`,
    schedulesEmptyFolder: (path, variable) => `${variable ?? 'расписания'}: в папке «${path}» нет файлов *.json`,
    onWithWindow: '--on задаёт ровно один день (или месяц): его нельзя сочетать с --date, --until или --days',
    filtersWithJourneys: '--mode и --timed отбирают отправления: с поиском пересадок они пока не сочетаются',
    timedWithUntimed:
      '--timed убирает отправления с неопубликованным временем, а --untimed их учитывает: укажите что-то одно',
    daysWithUntil: '--days и --until нельзя указывать вместе',
    jsonWithFormat: (format) => `--json и --format ${format} нельзя указывать вместе`,
    calendarAlone: '--calendar выводит сетки месяцев и не сочетается с --json, --format и --next',
    cannotWriteFeed: (dir, reason) => `не удаётся записать ленту в ${dir}: ${reason}`,
    cannotWrite: (path, reason) => `не удаётся записать ${path ?? 'вывод'}: ${reason}`,
    feedPathIsFile: (dir, path) => `не удаётся записать ленту в ${dir}: ${path} — это файл, а не папка`,
    csvRawNeedsCsv: '--csv-raw работает только с --format csv',
    feedPathEmpty: 'export gtfs нужна папка или файл `.zip`, а не пустой путь',
    feedPathDash: 'export gtfs пишет файлы, а не в стандартный вывод: укажите папку или файл `.zip` вместо «-»',
    feedFolderIsCurrent: (dir) =>
      `не удаётся заменить ленту в ${dir}: это текущая папка или она её содержит, а новая лента встаёт на место папки; запустите экспорт из-за её пределов`,
    feedFolderNotEmpty: (dir) =>
      `${dir} не пуста: добавьте --force, чтобы заменить в ней файлы ленты (остальные файлы останутся)`,
    feedZipExists: (path) => `${path} уже существует: добавьте --force, чтобы заменить его`,
    feedZipIsFolder: (path) => `не удаётся записать ленту в ${path}: это папка, а не файл`,
    mentionedBy: (query, routes) =>
      `«${query}» — не станция из расписаний, но упоминается в описании: ${routes
        .map(
          (r) =>
            `${r.name} (${r.status}, ${r.departuresListed ? 'отправления есть' : 'отправлений нет'}; \`railnext routes\`)${r.stations.length ? `, где названы станции ${r.stations.join(', ')}` : ''}`,
        )
        .join('; а также ')}.`,
    covers: (crossings) => `railnext знает пограничные переходы ${crossings.join(', ')} и станции рейсов через них.`,
    noRunningService: 'Не загружено ни одного курсирующего рейса.',
    andThen: (error, sentence) => `${error}. ${sentence}`,
    unknownLangVariable: (variable, value, choices) =>
      `${variable}: неизвестный язык «${value}» (ожидается ${lists.or(choices)}); используется язык локали или английский`,
    internal: (message, verbose) =>
      `внутренняя ошибка: ${message}${verbose ? '' : ' (подробности — с параметром --verbose)'}`,
    commander: {
      unknownOption: (option, suggestions) => `неизвестный параметр «${option}»${didYouMean(suggestions)}`,
      unknownHelpTopic: (topic, suggestions, commands) =>
        `неизвестная команда «${topic}»${suggestions.length ? didYouMean(suggestions) : ` (команды: ${commands.join(', ')})`}`,
      missingArgument: (name) => `не указан обязательный аргумент «${name}»`,
      optionMissingArgument: (option) => `у параметра «${option}» нет значения`,
      excessArguments: (command, expected, got) =>
        `слишком много аргументов${command ? ` для ${command}` : ''}: ожидается не больше ${expected}, получено ${got}`,
      seeHelp: ' (см. railnext --help)',
    },
  },

  help: {
    titles: {
      usage: 'Использование:',
      arguments: 'Аргументы:',
      options: 'Параметры:',
      commands: 'Команды:',
      globalOptions: 'Общие параметры:',
    },
    description:
      'Когда отправляются ближайшие международные поезда и автобусы между Россией, КНДР и Китаем? Без сети, по местному времени каждой станции.',
    version: 'показать номер версии',
    help: 'показать справку по команде',
    helpCommand: 'показать справку по команде',
    choices: (items) => ` (варианты: ${items})`,
    args: {
      query: 'станция (любое название, любым письмом), маршрут или рейс; без него — все рейсы',
      destination: 'только рейсы, которые идут дальше до этой станции',
      paths: 'файлы расписаний или папки с *.json, проверяемые вместе со встроенными',
      shell: 'bash, zsh или fish',
      format: 'gtfs',
      dir: 'файл `.zip` или папка для ленты (создаётся, если её нет)',
    },
    terms: {
      options: 'параметры',
      command: 'команда',
      query: 'запрос',
      destination: 'куда',
      paths: 'пути',
      shell: 'оболочка',
      format: 'формат',
      dir: 'папка',
      day: 'дата',
      n: 'n',
      zone: 'пояс',
      instant: 'момент',
      path: 'путь',
      lang: 'язык',
    },
    options: {
      date: 'первая дата по местному времени: ГГГГ-ММ-ДД, today, tomorrow, день недели (ближайший), +N или месяц ГГГГ-ММ (без --until и --days — весь месяц)',
      until: 'последняя дата по местному времени, включительно (в тех же формах; месяц — по его последний день)',
      days: (defaultDays, maxDays) =>
        `длина периода в днях (по умолчанию ${defaultDays}; не больше ${maxDays}, это 1000 лет)`,
      next: (years) =>
        `только первые n отправлений с известным временем (поиск на ${years} лет вперёд, если не заданы --days или --until)`,
      json: 'вывести JSON (поля описаны в docs/json.md); то же, что --format json',
      format: 'формат вывода (по умолчанию: table)',
      calendar: 'сетки месяцев, на которых отмечены дни отправления (без дат — этот месяц и следующий)',
      on: 'ровно этот день или этот месяц (в тех же формах); не вместе с --date, --until или --days',
      mode: 'только поезда или только автобусы',
      timed: 'только отправления с известным временем (без строк автобусов, время которых не опубликовано)',
      untimed: 'с --next: считать и отправления, время которых не опубликовано',
      journeys: 'маршруты с пересадками от первой станции до второй, даже если есть прямой рейс',
      change: 'наименьшее время на пересадку, например 90m или 2h (по умолчанию 1h)',
      changes: 'не больше стольких пересадок, от 0 до 5 (по умолчанию 2)',
      maxWait:
        'следующие участки отправляются не позже, чем через столько после даты первого, например 30d (по умолчанию 45d)',
      arriveBy:
        'маршруты с прибытием не позже этой местной даты (в тех же формах, что --date), с самым поздним отправлением',
      to: 'прибытия на эту станцию откуда угодно в пределах периода',
      tz: "показывать время в таблице в этом поясе IANA или 'local' вместо местного времени станций",
      now: 'момент ISO 8601, который считать текущим, например 2026-12-01T09:00:00+10:00',
      noColor: 'без цвета, даже в терминале',
      expand:
        'по строке таблицы на каждое отправление, даже если отправления различаются только датой (автобус без опубликованного времени)',
      noPager: 'не выводить длинный текст через пейджер (по умолчанию RAILNEXT_PAGER, затем PAGER, затем less -FRX)',
      ascii: 'только ASCII: рамки +--+ и стрелки -> (по умолчанию, если кодировка локали не UTF-8, как при LANG=C)',
      verbose: 'показать в таблице все примечания, а для ошибок — трассировку стека',
      quiet:
        'не выводить предупреждения в stderr: данные проверялись больше 180 дней назад (от --now), пользовательский маршрут пропустил рейсы',
      lang: 'язык вывода (по умолчанию: RAILNEXT_LANG, затем локаль, затем en)',
      schedules:
        'также загрузить этот файл расписаний или папку с *.json (можно несколько раз; см. RAILNEXT_SCHEDULES)',
      noBundled: 'не загружать встроенные расписания',
      listingJson: 'вывести JSON',
      validateJson: 'вывести отчёт в JSON',
      validateNow: 'момент ISO 8601, который считать текущим, для предупреждения о давности проверки',
      listingNow: 'момент ISO 8601, который считать текущим, чтобы отметить просроченные планы и истёкшие правила',
      exportDate: 'первая дата по местному времени (в тех же формах, что и для поиска)',
      exportUntil: 'последняя дата по местному времени, включительно',
      exportDays: 'длина периода в днях (по умолчанию 365)',
      exportNow: 'момент ISO 8601, который считать текущим',
      exportForce: 'заменить файлы ленты в непустой папке или уже существующий файл `.zip`',
      csvRaw: "--format csv: текст расписаний, начинающийся с = + - @, оставить как есть (без ' в начале)",
    },
    commands: {
      routes: 'все маршруты: когда курсируют, с какого дня, статус и источники',
      stations: 'все станции: названия и другие написания, страна, часовой пояс',
      validate:
        'проверить файлы расписаний (встроенные и указанные): все проблемы в виде файл:/json/указатель: сообщение',
      completion: 'вывести скрипт автодополнения для оболочки: source <(railnext completion bash)',
      export:
        'записать отправления периода в ленту: export gtfs <папка> (год с сегодняшнего дня, если не заданы --date, --until или --days)',
    },
    examples: {
      title: 'Примеры:',
      what: {
        khasan: 'отправления из Хасана на две недели',
        pyongyang: 'Пхеньян в декабре',
        next: 'три ближайших поезда',
        moscowTime: 'все рейсы, время московское',
        routes: 'все маршруты и когда они курсируют',
        ownSchedules: 'свои расписания поверх встроенных',
        validate: 'проверить файлы расписаний, все проблемы сразу',
        ics: 'в календарь (а также --format csv, ndjson)',
        calendar: 'дни отправления в этом месяце, сеткой',
        gtfs: 'год всех рейсов в виде ленты GTFS',
        completion: 'автодополнение станций и параметров',
        lang: 'по-русски (или zh, ko; либо RAILNEXT_LANG)',
      },
      notes: [
        'Даты — по местному времени станции отправления. Знаки в таблице:',
        '? не опубликовано, ~ вычислено, * низкая достоверность.',
      ],
      exitCodes:
        'Коды выхода: 0 отправления выведены, 1 в периоде их нет, 2 ошибка в команде, 3 ошибка в данных расписаний.',
    },
    groups: {
      what: 'Что искать:',
      when: 'Когда:',
      output: 'Вывод:',
      journeys: 'Поездки с пересадками:',
      data: 'Расписания:',
    },
  },
};
