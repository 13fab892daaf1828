/**
 * Korean. Loaded only when chosen. Korean has one plural category; counters
 * do the work ("하루 4회", "파일 8개").
 */
import { intlDates, listFormats, numberFormat } from './intl.js';
import type { Messages, Mode, PlaceKind, PlaceWanted } from './messages.js';

const lists = listFormats('ko');
const number = numberFormat('ko');

/** "열차가", "시각이 공개된 버스가": what --mode and --timed keep, with its subject particle. */
const FILTERED: Partial<Record<Mode, string>> = { train: '열차가', bus: '버스가' };
const filtered = (mode: Mode | null, timed: boolean): string =>
  `${timed ? '시각이 공개된 ' : ''}${(mode && FILTERED[mode]) ?? '운행편이'}`;

/** "매주 월·수·금요일". */
const WEEKDAY_SYLLABLES = ['월', '화', '수', '목', '금', '토', '일'] as const;

const KIND: Record<PlaceKind, string> = { all: '전체 운행편', route: '노선', service: '운행편' };
const WANTED: Record<PlaceWanted, string> = { station: '역', 'station or route': '역 또는 노선' };

/** "; 혹시 --date?", "; 혹시 --days, --date 중 하나?", or nothing. */
const didYouMean = (names: readonly string[]): string =>
  names.length === 0 ? '' : `; 혹시 ${names.length > 1 ? `${names.join(', ')} 중 하나` : names[0]}?`;

export const ko: Messages = {
  lang: 'ko',
  dates: intlDates('ko', {
    day: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
    date: { day: 'numeric', month: 'long', year: 'numeric' },
    weekday: 'narrow',
    range: { near: '~', far: '~' },
    capitalizeTitle: false,
  }),
  andList: lists.and,
  orList: lists.or,

  mode: { train: '열차', bus: '버스', road: '도로', cableway: '케이블카', river: '도하' },
  statusWithNote: (status, note) => `${status}, ${note}`,
  status: {
    running: '운행 중',
    announced: '발표됨',
    planned: '계획됨',
    suspended: '운행 중단',
    seasonal: '계절 운행',
    reported: '보도됨',
  },
  confidence: { high: '높음', medium: '보통', low: '낮음' },
  duration(days, hours, minutes) {
    if (days > 0) return hours === 0 ? `${days}일` : `${days}일 ${hours}시간`;
    if (hours > 0) return minutes === 0 ? `${hours}시간` : `${hours}시간 ${minutes}분`;
    return `${minutes}분`;
  },
  timesPerDay: (n) => `하루 ${n}회`,

  rules: {
    daily: '매일',
    weekly: (days) => `매주 ${days.map((d) => WEEKDAY_SYLLABLES[d - 1]!).join('·')}요일`,
    monthly: (days) => `매월 ${days.map((d) => `${d}일`).join(', ')}`,
    withCount: (rule, perDay) => `${rule}, ${ko.timesPerDay(perDay)}`,
  },

  table: {
    heads: {
      date: '날짜',
      departs: '출발',
      fromTo: '구간',
      arrives: '도착',
      journey: '소요 시간',
      service: '열차·버스',
      leaves: '출발까지',
    },
    legend: (parts) => `${parts.join('; ')}.`,
    localTimes: (groups) => `현지 시각: ${groups.join('; ')}.`,
    timesInZone: (zone) => `${zone} 시간대 기준.`,
    clockBehind: (to, from, duration) => `${to}의 시계는 ${from}보다 ${duration} 느립니다.`,
    countdown: (duration) => (duration === null ? '곧 출발' : `${duration} 후`),
    nextDeparture: (countdown, departure) => `다음 출발 ${countdown}: ${departure}.`,
    boardTitle: '노선별 다음 출발',
    asOf: (date) => `${date} 기준`,
    car: (run) => `${run} 객차`,
    moreRoutes: (n) => `시간표가 공개되지 않은 노선 ${n}개: \`railnext routes\` 참고.`,
    marks: { unknown: '미공개', derived: '소요 시간으로 계산', low: '신뢰도 낮음' },
    allServices: '전체 운행편',
    departuresFrom: (station) => `${station} 출발`,
    timesLocal: '  (각 역의 현지 시각)',
    timesIn: (zone) => `  (${zone} 기준 시각)`,
    service: (mode, number, status, cars) =>
      `${mode}${number ? ` ${number}` : ''}${status ? ` (${status})` : ''}${cars ? `, ${cars}` : ''}`,
    throughCars: (from, to) =>
      [from.length ? `${from.join('·')} 출발 직통 객차 연결` : '', to.length ? `${to.join('·')}행 직통 객차 연결` : '']
        .filter(Boolean)
        .join(', '),
    carArrives: (car, when) => `${car}: ${when} 도착`,
    cars: (parts) => parts.join(', '),
    perDay: (cell, n) => `${cell} (${ko.timesPerDay(n)})`,
    runDays: (range, days) => [
      ...range.slice(0, -1),
      `${range[range.length - 1]}, `,
      days ? ko.rules.weekly(days) : ko.rules.daily,
    ],
    laterDays: (n) => `+${n}일`,
    noDeparturesOn: (date) => `${date}에는 출발편이 없습니다.`,
    noDeparturesBetween: (first, last) => `${first}부터 ${last}까지 출발편이 없습니다.`,
    nextOne: (departure) => `다음 출발: ${departure}.`,
    noneInTenYears: '그 후 10년 동안에도 예정된 출발편이 없습니다.',
    departure: (when, time, service) =>
      `${when ?? '날짜 미공개'}${time === null ? ' (시각 미공개)' : ` ${time}`}, ${service}`,
    dateIsStationsOwn: (zone) => `시각 없이 표시된 날짜는 ${zone} 기준이 아니라 역의 현지 날짜입니다.`,
  },

  fares: {
    line: (text) => `요금: ${text}.`,
    fare: (qualifier, amount, currency, covers, confidence, sources) =>
      `${{ exact: '', from: '최저 ', about: '약 ', over: '' }[qualifier]}${amount} ${currency}${qualifier === 'over' ? ' 초과' : ''}, ${covers} (신뢰도: ${confidence}${sources.length ? `; ${sources.join('; ')}` : ''})`,
    amount: (n) => number().format(n),
    undated: '날짜 미상',
    sourcesHeading: '출처:',
  },

  travel: {
    heading: {
      tickets: (route) => (route ? `승차권 (${route}):` : '승차권:'),
      entry: (route) => (route ? `탑승 자격, 입국과 비자 (${route}):` : '탑승 자격, 입국과 비자:'),
    },
    fact: (text, asOf, until, confidence, sources) =>
      `${text} (${asOf} 기준${until ? (until.ended ? `; 유효 기한 ${until.date} 경과, 이후 정보 없음` : `; ${until.date}까지 유효`) : ''}; 신뢰도: ${confidence}${sources.length ? `; ${sources.join('; ')}` : ''})`,
  },

  overdue: {
    month: (text) => ko.dates.yearMonth(text),
    due: (when) => `예정 시기 ${when}; 이후 개통 보도 없음`,
    announced: (when) => `예정 시기 ${when}; 이후 운행 보도 없음`,
    of: (name, overdue) => `${name}: ${overdue}.`,
  },

  footer: {
    sources: (items) => `출처: ${items.join('; ')}.`,
    lastChecked: (date, upTo) => `데이터 확인일: ${date}${upTo ? ` (출처 기준 시점: ${upTo})` : ''}.`,
  },

  nearest: {
    boardNear: (from, to) => `${to}행 운행편이 있는 가장 가까운 역 (${from}에서 직선거리):`,
    alightNear: (from, to) => `${from}발 운행편이 닿는, ${to}에서 가장 가까운 역 (직선거리):`,
    noneNear: (from, to, distance) => `${from}에서 ${distance} 이내에 ${to}행 운행편이 있는 역이 없습니다.`,
    unplaced: (station) => `시간표에 ${station}의 좌표가 없어 가까운 역을 제시할 수 없습니다.`,
    station: (name, distance, services) => `${name}, ${distance}: ${services.join('; ')}`,
    service: (name, mode, remarks) => `${name} ${mode}${remarks.length ? ` (${remarks.join('; ')})` : ''}`,
    datesNotPublished: '이 역의 날짜는 공개되지 않음',
    datesNotPublishedAt: (station) => `${station}의 날짜는 공개되지 않음`,
    km: (n) => `${number().format(n)}km`,
    routes: (from, to) => `시간표가 없는 노선 (${from} 또는 ${to} 관련):`,
    route: (name, status) => `${name} (${status})`,
  },

  lookup: {
    callsUnpublished: (service, mode) =>
      `${service} ${mode}도 이 역에 정차하지만, 이 역의 날짜와 시각은 공개되지 않았습니다.`,
    noServiceBetween: (from, to) => `시간표에 ${from} → ${to} 운행편이 없습니다.`,
    noServiceFrom: (station) => `시간표에 ${station}에서 출발하는 운행편이 없습니다.`,
    noPublishedDates: '날짜가 공개된 출발편이 없습니다.',
    noKnownService: '알려진 정기 운행편이 없습니다.',
    emptyRoute: (route, status) => `${route} (${status}): 알려진 정기 운행편이 없습니다.`,
    noFilteredFrom: (station, mode, timed) => `시간표에 ${station}에서 출발하는 ${filtered(mode, timed)} 없습니다.`,
    noFilteredBetween: (from, to, mode, timed) => `시간표에 ${from} → ${to} ${filtered(mode, timed)} 없습니다.`,
    noFiltered: (scope, mode, timed) =>
      scope === null ? `시간표에 ${filtered(mode, timed)} 없습니다.` : `${scope}: ${filtered(mode, timed)} 없습니다.`,
  },

  routes: {
    header: (id, mode, status) => `${id} · ${mode} · ${status}`,
    service: (name, number, rule, from, until, status, confidence) =>
      `${name}${number ? ` ${number}` : ''}: ${rule}, ${from}${until ? `, ${until}까지` : ''} (${status}, 신뢰도: ${confidence})`,
    firstFrom: (date) => `${date}부터`,
    neverFrom: (date) => `${date}부터 운행일 없음`,
    noService: '알려진 정기 운행편이 없습니다.',
    fromFile: (path) => `파일: ${path}.`,
  },

  stations: {
    line: (name, country, zone) => `${name}, ${country}, ${zone}`,
  },

  calendar: {
    timeNotPublished: '시각 미공개',
    timesNotPublished: '시각 미공개',
    noDeparture: (first, last) => `${first}부터 ${last}까지 출발편이 없습니다.`,
    legend: '[d] 출발일 (출발역 현지 날짜 기준)',
    legendIn: (zone) => `[d] 출발일 (${zone} 기준; 시각이 없는 날짜는 출발역 현지 날짜)`,
  },

  ics: {
    eventTitle: (mode, number, from, to, untimed) =>
      `${mode}${number ? ` ${number}` : ''} ${from} → ${to}${untimed === null ? '' : untimed > 1 ? ` (${ko.timesPerDay(untimed)}, 시각 미공개)` : ' (시각 미공개)'}`,
    route: (name) => `노선: ${name}.`,
    event(arrives, station, date, time) {
      const where = `${station} ${arrives ? '도착' : '출발'}`;
      if (time)
        return `${where}: ${date} ${time.time} (UTC${time.offset}, ${time.zone})${time.derived ? ', 소요 시간으로 계산' : ''}${time.published ? `; 공표 시각 ${time.published}` : ''}.`;
      return date === null ? `${where}: 날짜와 시각 미공개.` : `${where}: ${date}, 시각 미공개.`;
    },
    perDay: (n) => `${ko.timesPerDay(n)} 출발.`,
    journey: (duration) => `소요 시간: ${duration}.`,
    status: (status, note, confidence) => `상태: ${status}${note ? ` (${note})` : ''}; 신뢰도: ${confidence}.`,
    runsAs: (numbers) => `운행 번호: ${numbers.join(' → ')}.`,
    throughCars: (from, to) => `${ko.table.throughCars(from, to)}.`,
    fareLine: (fare) => `요금: ${fare}.`,
    sources: (sources) => `출처: ${sources.join('; ')}.`,
    leg: (journey, status, n, legs) => `여정 ${journey} (${status}), 구간 ${n}/${legs}: `,
    change: (station, status, arriveBy, wait) =>
      `이어서 ${station}에서 환승 (${status}${arriveBy ? `; ${arriveBy}까지 도착하면 가능` : ''}); 대기 ${wait}.`,
    waitRange: (min, max) => `${min}~${max ?? '미상'}`,
  },

  warnings: {
    oldData: (date, upTo, days) =>
      `경고: 시간표를 마지막으로 확인한 날은 ${date}${upTo ? ` (출처 기준 시점: ${upTo})` : ''}로, ${days}일 전입니다. 시각이 바뀌었을 수 있습니다. \`npm install -g railnext@latest\`로 업데이트하거나 --schedules로 더 새로운 시간표를 불러오세요.`,
    droppedServices: (file, route, services) =>
      `경고: ${file}이(가) 노선 "${route}"을(를) 대체하면서 운행편 ${services.join(', ')}을(를) 빠뜨려, 해당 운행편은 더 이상 표시되지 않습니다 (\`railnext validate\`에서 자세히 확인)`,
    leftOut: (message) => `경고: ${message} (건너뜀)`,
    untimedSkipped: (n) =>
      `--next가 시각이 공개되지 않은 출발편 ${number().format(n)}편을 건너뛰었습니다. --untimed를 주면 함께 셉니다`,
  },

  journeys: {
    leaving: (from, to, first, last) => `${from} → ${to}, ${first === last ? first : `${first}~${last}`} 출발`,
    arrivingBy: (from, to, date) => `${from} → ${to}, ${date}까지 도착`,
    arrivalsAt: (station, first, last) => `${first === last ? first : `${first}~${last}`} ${station} 도착편`,
    heading: (n, sure, changes, duration) =>
      `여정 ${n} · ${sure ? '확실' : '가능'} · ${changes === 0 ? '직행' : `환승 ${changes}회`} · ${duration}`,
    sure: '확실',
    possible: '가능',
    changeAt: (station, status) => `${station}에서 환승 (${status})`,
    wait: (span) => `대기 ${span}`,
    between: (min, max) => `${min}~${max}`,
    atLeast: (min) => `최소 ${min}`,
    notKnown: '알 수 없음',
    worksIf: (service, mode, time, date) => `${service} ${mode}, ${date} ${time}까지 도착 시 환승 가능`,
    worksIfUnpublished: '공개되지 않은 시각에 따라 환승 가능 여부가 달라짐',
    orLater: (day) => `${day} 이후`,
    span: '날짜 범위: 공개되지 않음, 앞뒤 정차역으로 추정',
    spanInZone: '날짜 범위: 시각이 공개되지 않아 이 시간대 기준으로는 그중 어느 날짜일 수도 있음',
    nothingArrives: (station) => `이 기간에 ${station}에 도착하는 편이 없습니다.`,
    noneLeaves: (from, to, n) => `이 기간에 ${from}에서 ${to}(으)로 가는 환승 ${n}회 이하의 여정이 없습니다.`,
    noneReaches: (from, to, n, date) => `${date}까지 ${from}에서 ${to}에 도착하는 환승 ${n}회 이하의 여정이 없습니다.`,
    noneInThreeMonths: '그 후 석 달 동안에도 없습니다.',
    noneFits: (options) => `이 옵션에 맞는 여정이 없습니다(${options.join(', ')}).`,
    optionChange: (duration) => `환승 시간 ${duration}`,
    optionChanges: (n) => `환승 최대 ${n}회`,
    optionMaxWait: (days) => `최대 대기 ${days}일`,
    nextLeave: (_n, day) => `다음 여정은 ${day}에 출발합니다:`,
    domestic: '국내 열차는 포함되지 않습니다: 시간표에는 국경을 넘는 운행편만 있습니다.',
    meaning: (change) =>
      `확실: 공개되지 않은 시각이 어떻든 모든 환승에 최소 ${change}; 가능: 일부 경우에만 그렇습니다.`,
    errors: {
      maxWait: (max, got) => `--max-wait: 최대 1년(${max}d)까지인데 ${got}d가 주어졌습니다`,
      calendar: '--calendar는 환승 여정과 함께 쓸 수 없습니다',
      toWithOrigin:
        '--to는 모든 곳에서 오는 도착편을 보여 줍니다: 앞에 역을 쓰지 마세요 (출발역을 하나로 정하려면 두 역을 모두 쓰세요: railnext 출발역 도착역)',
      toWithArriveBy: '--to와 --arrive-by는 함께 쓸 수 없습니다',
      arriveByWithWindow: '--arrive-by가 날짜를 정하므로 --date, --until, --on, --days와 함께 쓸 수 없습니다',
      twoStations: '여정은 한 역에서 다른 역으로 갑니다: railnext 출발역 도착역 --journeys',
      windowLimit: (max, got) =>
        `여정은 첫 출발일 ${number().format(max)}일까지만 계획하는데 이 기간은 ${number().format(got)}일입니다: --days 또는 --until로 줄이십시오`,
      servicesLimit: (max, got) =>
        `여정은 운행편 ${number().format(max)}개까지만 계획하는데 시간표에는 ${number().format(got)}개가 있습니다: --schedules와 --no-bundled로 적게 불러오십시오`,
      stopsLimit: (max, service, got) =>
        `여정은 정차역이 ${number().format(max)}개 이하인 운행편으로만 계획하는데 ${service}에는 ${number().format(got)}개가 있습니다: --schedules와 --no-bundled로 적게 불러오십시오`,
    },
  },

  validate: {
    summary: (files, errors, warnings) =>
      `파일 ${files}개 검사: ${errors === 0 && warnings === 0 ? '문제 없음' : `오류 ${errors}개, 경고 ${warnings}개`}.`,
    problemsInSchedules: (n) => `시간표에 문제가 ${n}개 있습니다:`,
    didYouMean: (value) => `혹시 "${value}"?`,
  },

  gtfs: {
    wrote: (dir, trips, days, first, last) =>
      `GTFS 피드를 ${dir}에 저장했습니다: ${first}부터 ${last}까지, 운행편 ${trips}개, 운행일 ${days}일.`,
    leftOut: (services) => `공개된 시각이 부족해 제외된 운행편: ${services.join(', ')}.`,
  },

  errors: {
    invalidPlaceName: (query, wanted) => `"${query}"은(는) ${WANTED[wanted]} 이름이 아닙니다`,
    queryTooLong: (wanted, length, max) =>
      `${length}자짜리 ${WANTED[wanted]} 이름은 어떤 이름보다도 깁니다 (최대 ${max}; \`railnext stations\` 참고)`,
    unknownPlace: (query, wanted, suggestions) =>
      `알 수 없는 ${WANTED[wanted]} "${query}"${suggestions.length ? `; 혹시 ${lists.or(suggestions)}?` : ''} (\`railnext stations\` 참고)`,
    ambiguousPlace: (query, candidates) =>
      `"${query}"은(는) ${lists.or(candidates)}일 수 있습니다. 더 구체적으로 입력하세요`,
    notAStation: (query, kind) => `"${query}"은(는) ${KIND[kind]}이며 역이 아닙니다`,
    destinationNeedsStation: (query, kind) =>
      `도착지는 역과 함께만 쓸 수 있습니다. "${query}"은(는) ${KIND[kind]}입니다`,
    windowBackwards: (until, first) => `--until ${until}이(가) 기간의 시작(${first})보다 앞섭니다`,
    windowOutOfRange: (first, last, earliest, latest) =>
      `${first}부터 ${last}까지의 기간이 railnext가 다루는 날짜(${earliest}~${latest})를 벗어납니다`,
    windowTooLong: (first, last, years, maxDays) =>
      `${first}부터 ${last}까지의 기간이 ${years}년(${maxDays}일)보다 깁니다`,
    badDate: (text, noSuchDate) =>
      `잘못된 날짜 "${text}" (${noSuchDate ? '존재하지 않는 날짜입니다' : 'YYYY-MM-DD, YYYY-MM 형식의 월, today, tomorrow, mon 같은 요일 또는 +N이어야 합니다'})`,
    badCount: (text, min, max) =>
      `${max === null ? `${min} 이상의` : `${min}부터 ${max}까지의`} 정수여야 하는데 "${text}"입니다`,
    badInstant: (text) =>
      `잘못된 시각 "${text}" (2026-12-01T09:00:00+10:00 또는 2026-12-01T00:00:00Z처럼 오프셋이 있는 ISO 8601이어야 합니다)`,
    unknownZone: (text, suggestion) =>
      `알 수 없는 시간대 "${text}"${suggestion ? `; 혹시 ${suggestion}?` : ''} (Asia/Vladivostok 같은 IANA 시간대 또는 local이어야 합니다)`,
    badChoice: (text, choices) => `잘못된 값 "${text}" (${choices.join(', ')} 중 하나여야 합니다)`,
    schedulesNotFound: (path, variable) => `${variable ?? '시간표'}: 파일이나 폴더 "${path}"이(가) 없습니다`,
    schedulesUnreadable: (path, reason, variable) =>
      `${variable ?? '시간표'}: 폴더 "${path}"을(를) 읽을 수 없습니다 (${reason})`,
    schedulesEmptyFolder: (path, variable) => `${variable ?? '시간표'}: 폴더 "${path}"에 *.json 파일이 없습니다`,
    onWithWindow: '--on은 하루(또는 한 달)만 지정합니다: --date, --until, --days와 함께 쓸 수 없습니다',
    filtersWithJourneys: '--mode와 --timed는 출발편을 거르는 옵션이라 아직 환승 여정과 함께 쓸 수 없습니다',
    timedWithUntimed: '--timed는 시각이 공개되지 않은 출발편을 빼고 --untimed는 함께 셉니다: 하나만 지정하세요',
    daysWithUntil: '--days와 --until은 함께 쓸 수 없습니다',
    jsonWithFormat: (format) => `--json과 --format ${format}은(는) 함께 쓸 수 없습니다`,
    calendarAlone: '--calendar는 월별 달력을 출력하므로 --json, --format, --next와 함께 쓸 수 없습니다',
    cannotWriteFeed: (dir, reason) => `${dir}에 피드를 저장할 수 없습니다: ${reason}`,
    cannotWrite: (path, reason) => `${path ?? '출력'}에 쓸 수 없습니다: ${reason}`,
    feedPathIsFile: (dir, path) => `${dir}에 피드를 저장할 수 없습니다: ${path}은(는) 폴더가 아니라 파일입니다`,
    csvRawNeedsCsv: '--csv-raw 는 --format csv 와 함께만 쓸 수 있습니다',
    feedPathEmpty: 'export gtfs 에는 폴더나 `.zip` 으로 끝나는 파일이 필요합니다: 빈 경로는 안 됩니다',
    feedPathDash: "export gtfs 는 표준 출력이 아니라 파일에 씁니다: '-' 대신 폴더나 `.zip` 파일을 주십시오",
    feedFolderIsCurrent: (dir) =>
      `${dir}의 피드를 바꿀 수 없습니다: 현재 폴더이거나 현재 폴더를 담고 있으며, 새 피드가 폴더 자리를 대신합니다; 그 폴더 밖에서 내보내기를 실행하십시오`,
    feedFolderNotEmpty: (dir) =>
      `${dir}이(가) 비어 있지 않습니다: 피드 파일을 바꾸려면 --force 를 붙이십시오 (다른 파일은 그대로 둡니다)`,
    feedZipExists: (path) => `${path}이(가) 이미 있습니다: 바꾸려면 --force 를 붙이십시오`,
    feedZipIsFolder: (path) => `${path}에 피드를 저장할 수 없습니다: 파일이 아니라 폴더입니다`,
    mentionedBy: (query, routes) =>
      `"${query}"은(는) 시간표의 역이 아니지만 다음에 언급됩니다: ${routes
        .map(
          (r) =>
            `${r.name} (${r.status}, ${r.departuresListed ? '출발편 있음' : '출발편 없음'}; \`railnext routes\`)${r.stations.length ? `, 언급된 역: ${r.stations.join(', ')}` : ''}`,
        )
        .join('; 그리고 ')}.`,
    covers: (crossings) =>
      `railnext는 국경 통과 구간 ${crossings.join(', ')}과(와) 그곳을 지나는 운행편의 역을 다룹니다.`,
    noRunningService: '운행 중인 운행편이 하나도 불러와지지 않았습니다.',
    andThen: (error, sentence) => `${error}. ${sentence}`,
    unknownLangVariable: (variable, value, choices) =>
      `${variable}: 알 수 없는 언어 "${value}" (${lists.or(choices)} 중 하나여야 합니다). 로캘의 언어나 영어를 사용합니다`,
    internal: (message, verbose) => `내부 오류: ${message}${verbose ? '' : ' (자세한 내용은 --verbose로 실행하세요)'}`,
    commander: {
      unknownOption: (option, suggestions) => `알 수 없는 옵션 '${option}'${didYouMean(suggestions)}`,
      unknownHelpTopic: (topic, suggestions, commands) =>
        `알 수 없는 명령 '${topic}'${suggestions.length ? didYouMean(suggestions) : ` (명령: ${commands.join(', ')})`}`,
      missingArgument: (name) => `필수 인수 '${name}'이(가) 없습니다`,
      optionMissingArgument: (option) => `옵션 '${option}'의 값이 없습니다`,
      excessArguments: (command, expected, got) =>
        `${command ? `${command}의 ` : ''}인수가 너무 많습니다: 최대 ${expected}개인데 ${got}개입니다`,
      seeHelp: ' (railnext --help 참고)',
    },
  },

  help: {
    titles: { usage: '사용법:', arguments: '인수:', options: '옵션:', commands: '명령:', globalOptions: '공통 옵션:' },
    description:
      '러시아, 북한, 중국 사이를 오가는 다음 국경 열차와 버스는 언제 출발할까요? 오프라인으로, 각 역의 현지 시각으로 알려 줍니다.',
    version: '버전 번호 표시',
    help: '명령 도움말 표시',
    helpCommand: '명령 도움말 표시',
    choices: (items) => ` (선택지: ${items})`,
    args: {
      query: '역(어떤 이름, 어떤 문자로든), 노선 또는 운행편; 생략하면 전체 운행편',
      destination: '이 역까지 가는 운행편만',
      paths: '내장 시간표와 함께 검사할 시간표 파일 또는 *.json 폴더',
      shell: 'bash, zsh 또는 fish',
      format: 'gtfs',
      dir: '`.zip` 으로 끝나는 파일, 또는 피드를 저장할 폴더 (없으면 만듦)',
    },
    terms: {
      options: '옵션',
      command: '명령',
      query: '검색어',
      destination: '도착지',
      paths: '경로',
      shell: '셸',
      format: '형식',
      dir: '폴더',
      day: '날짜',
      n: 'n',
      zone: '시간대',
      instant: '시각',
      path: '경로',
      lang: '언어',
    },
    options: {
      date: '첫 현지 날짜: YYYY-MM-DD, today, tomorrow, 요일(다가오는 해당 요일), +N 또는 YYYY-MM 형식의 월 (단독으로 쓰면 그 달 전체)',
      until: '마지막 현지 날짜, 그날 포함 (같은 형식; 월이면 그 달 마지막 날까지)',
      days: (defaultDays, maxDays) => `기간 일수 (기본 ${defaultDays}일, 최대 ${maxDays}일 = 1000년)`,
      next: (years) => `시각이 알려진 처음 n개 출발편만 (--days나 --until이 없으면 최대 ${years}년 앞까지 검색)`,
      json: 'JSON 출력 (필드는 docs/json.md 참고); --format json과 같음',
      format: '출력 형식 (기본: table)',
      calendar: '운행편별 출발일을 표시한 월별 달력 (날짜를 주지 않으면 이번 달과 다음 달)',
      on: '정확히 이 날 또는 이 달만 (같은 형식); --date, --until, --days와 함께 쓸 수 없음',
      mode: '열차만 또는 버스만',
      timed: '시각이 알려진 출발편만 (시각이 공개되지 않은 버스 행은 제외)',
      untimed: '--next와 함께: 시각이 공개되지 않은 출발편도 셉니다',
      journeys: '직통편이 있어도, 첫 역에서 둘째 역까지 갈아타는 여정',
      change: '갈아타는 데 필요한 최소 시간, 예: 90m 또는 2h (기본 1h)',
      changes: '여정당 최대 환승 횟수, 0~5 (기본 2)',
      maxWait: '이후 구간은 첫 구간 날짜로부터 최대 이만큼 뒤에 출발, 예: 30d (기본 45d)',
      arriveBy: '이 현지 날짜까지 도착하는 여정 (--date와 같은 형식), 가장 늦게 출발하는 것부터',
      to: '기간 안에 어디서든 이 역에 도착하는 편',
      tz: "표의 시각을 각 역의 현지 시각 대신 이 IANA 시간대 또는 'local'로 표시",
      now: '현재로 간주할 ISO 8601 시각, 예: 2026-12-01T09:00:00+10:00',
      noColor: '터미널에서도 색을 쓰지 않음',
      expand: '출발편마다 표의 한 행으로 표시, 날짜만 다른 출발편도 (시각이 공개되지 않은 버스)',
      noPager: '터미널의 긴 출력을 페이저로 보내지 않음 (기본값: RAILNEXT_PAGER, 그다음 PAGER, 그다음 less -FRX)',
      ascii: 'ASCII만 사용: +--+ 테두리와 -> 화살표 (LANG=C처럼 로캘의 문자 집합이 UTF-8이 아니면 기본값)',
      verbose: '표에 모든 주석을 표시하고, 오류에는 스택 추적을 표시',
      quiet: 'stderr에 경고하지 않음: 데이터 확인일이 --now보다 180일 넘게 지났거나 사용자 노선이 운행편을 빠뜨린 경우',
      lang: '출력 언어 (기본: RAILNEXT_LANG, 그다음 로캘, 그다음 en)',
      schedules: '이 시간표 파일 또는 *.json 폴더도 불러옴 (반복 가능; RAILNEXT_SCHEDULES 참고)',
      noBundled: '내장 시간표를 빼고 실행',
      listingJson: 'JSON 출력',
      validateJson: '검사 보고서를 JSON으로 출력',
      validateNow: '현재로 간주할 ISO 8601 시각 (데이터 확인일 경고용)',
      listingNow: '현재로 간주할 ISO 8601 시각 (지연된 계획과 기한이 지난 규정 판단용)',
      exportDate: '첫 현지 날짜 (조회와 같은 형식)',
      exportUntil: '마지막 현지 날짜, 그날 포함',
      exportDays: '기간 일수 (기본 365)',
      exportNow: '현재로 간주할 ISO 8601 시각',
      exportForce: '비어 있지 않은 폴더의 피드 파일이나 이미 있는 `.zip` 파일을 바꿈',
      csvRaw: "--format csv: = + - @ 로 시작하는 시간표 텍스트를 그대로 둠 (앞에 ' 를 붙이지 않음)",
    },
    commands: {
      routes: '전체 노선: 운행 요일, 시작일, 상태와 출처',
      stations: '전체 역: 이름과 별칭, 국가, 시간대',
      validate: '시간표 파일 검사 (내장 파일과 지정한 경로): 모든 문제를 파일:/json/포인터: 메시지 형식으로',
      completion: '셸 자동 완성 스크립트 출력: source <(railnext completion bash)',
      export: '기간 내 출발편을 피드로 저장: export gtfs <폴더> (--date, --until, --days가 없으면 오늘부터 1년)',
    },
    examples: {
      title: '예시:',
      what: {
        khasan: '앞으로 2주 동안의 출발편',
        pyongyang: '12월의 평양 출발편',
        next: '다음 열차 세 편',
        moscowTime: '전체 운행편, 모스크바 시각으로',
        routes: '전체 노선과 운행 요일',
        ownSchedules: '내장 시간표에 내 시간표를 더해서',
        validate: '시간표 파일 검사, 모든 문제를 한 번에',
        ics: '캘린더 앱으로 (--format csv, ndjson도 가능)',
        calendar: '이번 달 운행일을 달력으로',
        gtfs: '전체 운행편 1년치를 GTFS 피드로',
        completion: '역 이름과 옵션의 탭 자동 완성',
        lang: '한국어로 (ru, zh도 가능; 또는 RAILNEXT_LANG 설정)',
      },
      notes: ['날짜는 각 출발역의 현지 날짜입니다. 표의 기호:', '? 미공개, ~ 계산값, * 신뢰도 낮음.'],
      exitCodes: '종료 코드: 0 출발편 출력, 1 기간 내 출발편 없음, 2 잘못된 사용, 3 시간표 데이터 오류.',
    },
    groups: { what: '조회 대상:', when: '기간:', output: '출력:', journeys: '환승 여정:', data: '시간표:' },
  },
};
