/**
 * Chinese (simplified). Loaded only when chosen. Chinese has one plural
 * category, so counts need no forms; measure words do the work ("5 班").
 */
import { intlDates, listFormats, numberFormat } from './intl.js';
import type { Messages, Mode, PlaceKind, PlaceWanted } from './messages.js';

const lists = listFormats('zh-CN');
const number = numberFormat('zh-CN');

/** "列车", "有公布时间的客车": what --mode and --timed keep. */
const FILTERED: Partial<Record<Mode, string>> = { train: '列车', bus: '客车' };
const filtered = (mode: Mode | null, timed: boolean): string =>
  `${timed ? '有公布时间的' : ''}${(mode && FILTERED[mode]) ?? '车次'}`;

/** "每周一、三、五": the weekday numerals after 周. */
const WEEKDAY_NUMERALS = ['一', '二', '三', '四', '五', '六', '日'] as const;

const KIND: Record<PlaceKind, string> = { all: '全部车次', route: '线路', service: '车次' };
const WANTED: Record<PlaceWanted, string> = { station: '车站', 'station or route': '车站或线路' };

/** "；您是否要找 --date?", "；您是否要找 --days, --date 之一?", or nothing. */
const didYouMean = (names: readonly string[]): string =>
  names.length === 0 ? '' : `；您是否要找 ${names.length > 1 ? `${names.join(', ')} 之一` : names[0]}?`;

export const zh: Messages = {
  lang: 'zh',
  dates: intlDates('zh-CN', {
    day: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
    date: { day: 'numeric', month: 'long', year: 'numeric' },
    weekday: 'narrow',
    range: { near: '–', far: '–' },
    capitalizeTitle: false,
  }),
  andList: lists.and,
  orList: lists.or,

  mode: { train: '列车', bus: '客车', road: '公路', cableway: '索道', river: '过江' },
  statusWithNote: (status, note) => `${status}，${note}`,
  status: {
    running: '运行中',
    announced: '已宣布',
    planned: '计划中',
    suspended: '停运',
    seasonal: '季节性',
    reported: '据报道',
  },
  confidence: { high: '高', medium: '中', low: '低' },
  duration(days, hours, minutes) {
    if (days > 0) return hours === 0 ? `${days}天` : `${days}天${hours}小时`;
    if (hours > 0) return minutes === 0 ? `${hours}小时` : `${hours}小时${minutes}分`;
    return `${minutes}分钟`;
  },
  timesPerDay: (n) => `每天${n}班`,

  rules: {
    daily: '每天',
    weekly: (days) => `每周${days.map((d) => WEEKDAY_NUMERALS[d - 1]!).join('、')}`,
    monthly: (days) => `每月${days.map((d) => `${d}日`).join('、')}`,
    withCount: (rule, perDay) => `${rule}，${zh.timesPerDay(perDay)}`,
  },

  table: {
    heads: {
      date: '日期',
      departs: '出发',
      fromTo: '发站 → 到站',
      arrives: '到达',
      journey: '历时',
      service: '车次',
      leaves: '距发车',
    },
    legend: (parts) => `${parts.join('；')}。`,
    localTimes: (groups) => `当地时间：${groups.join('；')}。`,
    timesInZone: (zone) => `时间按 ${zone} 时区。`,
    clockBehind: (to, from, duration) => `${to}的时钟比${from}慢 ${duration}。`,
    countdown: (duration) => (duration === null ? '即将发车' : `${duration}后`),
    nextDeparture: (countdown, departure) => `下一班 ${countdown}发车：${departure}。`,
    boardTitle: '各线路的下一班',
    asOf: (date) => `截至 ${date}`,
    car: (run) => `${run}车厢`,
    moreRoutes: (n) => `另有 ${n} 条线路没有公布时刻表：见 \`railnext routes\`。`,
    marks: { unknown: '未公布', derived: '由运行时间推算', low: '可信度低' },
    allServices: '全部车次',
    departuresFrom: (station) => `出发站：${station}`,
    timesLocal: '  （各站当地时间）',
    timesIn: (zone) => `  （时间按 ${zone}）`,
    service: (mode, number, status, cars) =>
      `${mode}${number ? ` ${number}` : ''}${status ? `（${status}）` : ''}${cars ? `，${cars}` : ''}`,
    throughCars: (from, to) =>
      [from.length ? `挂有${from.join('、')}始发的直通车厢` : '', to.length ? `挂有开往${to.join('、')}的直通车厢` : '']
        .filter(Boolean)
        .join('，'),
    carArrives: (car, when) => `${car}：${when} 到`,
    // Chinese separates the parts of a list with a full-width comma, as its service line does: never ", " after "，".
    cars: (parts) => parts.join('，'),
    perDay: (cell, n) => `${cell}（${zh.timesPerDay(n)}）`,
    runDays: (range, days) => [
      ...range.slice(0, -1),
      `${range[range.length - 1]}，`,
      days ? zh.rules.weekly(days) : zh.rules.daily,
    ],
    laterDays: (n) => `+${n}天`,
    noDeparturesOn: (date) => `${date}没有出发的车次。`,
    noDeparturesBetween: (first, last) => `${first}至${last}没有出发的车次。`,
    nextOne: (departure) => `下一班：${departure}。`,
    noneInTenYears: '此后十年内也没有安排。',
    departure: (when, time, service) =>
      `${when ?? '日期未公布'}${time === null ? '（时间未公布）' : ` ${time}`}，${service}`,
    dateIsStationsOwn: (zone) => `没有时间的日期是车站当地的日期，而不是 ${zone} 的日期。`,
  },

  fares: {
    line: (text) => `票价：${text}。`,
    fare: (qualifier, amount, currency, covers, confidence, sources) =>
      `${{ exact: '', from: '最低 ', about: '约 ', over: '超过 ' }[qualifier]}${amount} ${currency}，${covers}（可信度：${confidence}${sources.length ? `；${sources.join('；')}` : ''}）`,
    amount: (n) => number().format(n),
    undated: '日期不详',
    sourcesHeading: '资料来源：',
  },

  travel: {
    heading: {
      tickets: (route) => (route ? `购票（${route}）：` : '购票：'),
      entry: (route) => (route ? `乘车资格、入境与签证（${route}）：` : '乘车资格、入境与签证：'),
    },
    fact: (text, asOf, until, confidence, sources) =>
      `${text}（截至${asOf}${until ? (until.ended ? `；有效期已于${until.date}届满，此后情况不详` : `；有效期至${until.date}`) : ''}；可信度：${confidence}${sources.length ? `；${sources.join('；')}` : ''}）`,
  },

  overdue: {
    month: (text) => zh.dates.yearMonth(text),
    due: (when) => `原定${when}；此后未见开通报道`,
    announced: (when) => `原定${when}开行；此后未见运行报道`,
    of: (name, overdue) => `${name}：${overdue}。`,
  },

  footer: {
    sources: (items) => `资料来源：${items.join('；')}。`,
    lastChecked: (date, upTo) => `数据核对日期：${date}${upTo ? `（资料截至${upTo}）` : ''}。`,
  },

  nearest: {
    boardNear: (from, to) => `有车次开往${to}的最近车站（距${from}的直线距离）：`,
    alightNear: (from, to) => `从${from}出发的车次可到达、离${to}最近的车站（直线距离）：`,
    noneNear: (from, to, distance) => `距${from}${distance}以内没有开往${to}的车站。`,
    unplaced: (station) => `时刻表中没有${station}的坐标，因此无法列出附近的车站。`,
    station: (name, distance, services) => `${name}，${distance}：${services.join('；')}`,
    service: (name, mode, remarks) => `${name}${mode}${remarks.length ? `（${remarks.join('；')}）` : ''}`,
    datesNotPublished: '该站日期未公布',
    datesNotPublishedAt: (station) => `${station}的日期未公布`,
    km: (n) => `${number().format(n)}公里`,
    routes: (from, to) => `提及${from}或${to}、但无时刻表的线路：`,
    route: (name, status) => `${name}（${status}）`,
  },

  lookup: {
    callsUnpublished: (service, mode) => `${service}${mode}也在本站停靠；其在本站的日期和时间未公布。`,
    noServiceBetween: (from, to) => `时刻表中没有从${from}开往${to}的车次。`,
    noServiceFrom: (station) => `时刻表中没有从${station}出发的车次。`,
    noPublishedDates: '没有已公布日期的出发车次。',
    noKnownService: '尚无已知的定期班次。',
    emptyRoute: (route, status) => `${route}（${status}）：尚无已知的定期班次。`,
    noFilteredFrom: (station, mode, timed) => `时刻表中没有从${station}出发的${filtered(mode, timed)}。`,
    noFilteredBetween: (from, to, mode, timed) => `时刻表中没有从${from}开往${to}的${filtered(mode, timed)}。`,
    noFiltered: (scope, mode, timed) =>
      scope === null ? `时刻表中没有${filtered(mode, timed)}。` : `${scope}：没有${filtered(mode, timed)}。`,
  },

  routes: {
    header: (id, mode, status) => `${id} · ${mode} · ${status}`,
    service: (name, number, rule, from, until, status, confidence) =>
      `${name}${number ? ` ${number}` : ''}：${rule}，${from}${until ? `，至${until}` : ''}（${status}，可信度：${confidence}）`,
    firstFrom: (date) => `自${date}起`,
    neverFrom: (date) => `自${date}起没有运行日期`,
    noService: '尚无已知的定期班次。',
    fromFile: (path) => `来自 ${path}。`,
  },

  stations: {
    line: (name, country, zone) => `${name}，${country}，${zone}`,
  },

  calendar: {
    timeNotPublished: '时间未公布',
    timesNotPublished: '时间未公布',
    noDeparture: (first, last) => `${first}至${last}没有出发的车次。`,
    legend: '[d] 当天有出发（按出发站当地日期）',
    legendIn: (zone) => `[d] 当天有出发（按${zone}时间；没有时间的日期按出发站当地日期）`,
  },

  ics: {
    eventTitle: (mode, number, from, to, untimed) =>
      `${mode}${number ? ` ${number}` : ''} ${from} → ${to}${untimed === null ? '' : untimed > 1 ? `（${zh.timesPerDay(untimed)}，时间未公布）` : '（时间未公布）'}`,
    route: (name) => `线路：${name}。`,
    event(arrives, station, date, time) {
      const where = `${station}${arrives ? '到达' : '出发'}`;
      if (time)
        return `${date} ${time.time}（UTC${time.offset}，${time.zone}）${where}${time.derived ? '，由运行时间推算' : ''}${time.published ? `；公布时间为 ${time.published}` : ''}。`;
      return date === null ? `${where}：日期和时间未公布。` : `${date} ${where}：时间未公布。`;
    },
    perDay: (n) => `${zh.timesPerDay(n)}。`,
    journey: (duration) => `历时：${duration}。`,
    status: (status, note, confidence) => `状态：${status}${note ? `（${note}）` : ''}；可信度：${confidence}。`,
    runsAs: (numbers) => `车次依次为 ${numbers.join('、')}。`,
    throughCars: (from, to) => `${zh.table.throughCars(from, to)}。`,
    fareLine: (fare) => `票价：${fare}。`,
    sources: (sources) => `资料来源：${sources.join('；')}。`,
    leg: (journey, status, n, legs) => `行程 ${journey}（${status}），第 ${n}/${legs} 段：`,
    change: (station, status, arriveBy, wait) =>
      `然后在${station}换乘（${status}${arriveBy ? `；须在 ${arriveBy} 前到达` : ''}）；等候${wait}。`,
    waitRange: (min, max) => `${min}至${max ?? '未知'}`,
  },

  warnings: {
    oldData: (date, upTo, days) =>
      `警告：时刻表最后核对于${date}${upTo ? `（资料截至${upTo}）` : ''}，距今 ${days} 天，时刻可能已有变化。请用 \`npm install -g railnext@latest\` 更新，或用 --schedules 加载更新的时刻表。`,
    droppedServices: (file, route, services) =>
      `警告：${file} 替换了线路“${route}”，但缺少其车次 ${services.join('、')}，这些车次将不再列出（详见 \`railnext validate\`）`,
    leftOut: (message) => `警告：${message}（已略过）`,
    untimedSkipped: (n) => `--next 略过了 ${number().format(n)} 班时间未公布的出发；加 --untimed 可一并计入`,
  },

  journeys: {
    leaving: (from, to, first, last) => `${from} → ${to}，${first === last ? `${first}出发` : `${first}至${last}出发`}`,
    arrivingBy: (from, to, date) => `${from} → ${to}，${date}前到达`,
    arrivalsAt: (station, first, last) => `${first === last ? first : `${first}至${last}`}到达${station}的车次`,
    heading: (n, sure, changes, duration) =>
      `行程 ${n} · ${sure ? '确定' : '可能'} · ${changes === 0 ? '直达' : `换乘 ${changes} 次`} · ${duration}`,
    sure: '确定',
    possible: '可能',
    changeAt: (station, status) => `在${station}换乘（${status}）`,
    wait: (span) => `等候 ${span}`,
    between: (min, max) => `${min}至${max}`,
    atLeast: (min) => `至少 ${min}`,
    notKnown: '未知',
    worksIf: (service, mode, time, date) => `${service}${mode}须在${date} ${time}前到达`,
    worksIfUnpublished: '能否衔接取决于未公布的时刻',
    orLater: (day) => `${day}或更晚`,
    span: '日期范围：未公布，由前后停靠站推算',
    spanInZone: '日期范围：时刻未公布，按此时区可能落在其中任一日期',
    nothingArrives: (station) => `这段时间内没有车次到达${station}。`,
    noneLeaves: (from, to, n) => `这段时间内没有从${from}到${to}、换乘不超过 ${n} 次的行程。`,
    noneReaches: (from, to, n, date) => `没有从${from}出发、换乘不超过 ${n} 次、在${date}前到达${to}的行程。`,
    noneInThreeMonths: '此后三个月内也没有。',
    noneFits: (options) => `没有符合这些选项的行程（${options.join('，')}）。`,
    optionChange: (duration) => `换乘时间 ${duration}`,
    optionChanges: (n) => `最多换乘 ${n} 次`,
    optionMaxWait: (days) => `最长等待 ${days} 天`,
    nextLeave: (_n, day) => `下一班行程于${day}出发：`,
    domestic: '不含国内列车：时刻表只收录跨境车次。',
    meaning: (change) => `确定：无论未公布的时刻如何，每次换乘至少有 ${change}；可能：只在部分情况下如此。`,
    errors: {
      maxWait: (max, got) => `--max-wait：最多一年（${max}d），而给出的是 ${got}d`,
      calendar: '--calendar 不能用于换乘行程',
      toWithOrigin:
        '--to 列出从任何地方到达的车次：其前面不要写车站（只看一个出发站时，请写出两站：railnext 出发站 到达站）',
      toWithArriveBy: '--to 和 --arrive-by 不能同时使用',
      arriveByWithWindow: '--arrive-by 自行确定日期，不能与 --date、--until、--on 或 --days 同用',
      twoStations: '行程从一个车站到另一个车站：railnext 出发站 到达站 --journeys',
      windowLimit: (max, got) =>
        `行程最多按 ${number().format(max)} 个出发日规划，而这个时间段有 ${number().format(got)} 天：请用 --days 或 --until 缩短`,
      servicesLimit: (max, got) =>
        `行程最多在 ${number().format(max)} 个车次中规划，而时刻表有 ${number().format(got)} 个：请用 --schedules 和 --no-bundled 少加载一些`,
      stopsLimit: (max, service, got) =>
        `行程只在停站不超过 ${number().format(max)} 个的车次中规划，而 ${service} 有 ${number().format(got)} 个：请用 --schedules 和 --no-bundled 少加载一些`,
    },
  },

  validate: {
    summary: (files, errors, warnings) =>
      `已检查 ${files} 个文件：${errors === 0 && warnings === 0 ? '没有问题' : `${errors} 个错误，${warnings} 个警告`}。`,
    problemsInSchedules: (n) => `时刻表中有 ${n} 个问题：`,
    didYouMean: (value) => `您是否要找“${value}”？`,
  },

  gtfs: {
    wrote: (dir, trips, days, first, last) =>
      `已将 GTFS 数据写入 ${dir}：${first}至${last}，${trips} 个车次，${days} 个运行日。`,
    leftOut: (services) => `未收录（公布的时间不足以构成车次）：${services.join('、')}。`,
  },

  errors: {
    invalidPlaceName: (query, wanted) => `“${query}”不是${WANTED[wanted]}名称`,
    queryTooLong: (wanted, length, max) =>
      `${length} 个字符的${WANTED[wanted]}名称比任何名称都长（最多 ${max}；见 \`railnext stations\`）`,
    unknownPlace: (query, wanted, suggestions) =>
      `未知的${WANTED[wanted]}“${query}”${suggestions.length ? `；您是否要找 ${lists.or(suggestions)}？` : ''}（见 \`railnext stations\`）`,
    ambiguousPlace: (query, candidates) => `“${query}”可能是 ${lists.or(candidates)}；请输入得更具体些`,
    notAStation: (query, kind) => `“${query}”是${KIND[kind]}，不是车站`,
    destinationNeedsStation: (query, kind) => `目的地只能与车站一起使用；“${query}”是${KIND[kind]}`,
    windowBackwards: (until, first) => `--until ${until} 早于时间段的开始（${first}）`,
    windowOutOfRange: (first, last, earliest, latest) =>
      `${first}至${last}的时间段超出了 railnext 覆盖的日期（${earliest}至${latest}）`,
    windowTooLong: (first, last, years, maxDays) => `${first}至${last}的时间段超过 ${years} 年（${maxDays} 天）`,
    badDate: (text, noSuchDate) =>
      `无效的日期“${text}”（${noSuchDate ? '没有这一天' : '应为 YYYY-MM-DD、月份 YYYY-MM、today、tomorrow、星期几（如 mon）或 +N'}）`,
    badCount: (text, min, max) =>
      `应为${max === null ? `不小于 ${min} 的整数` : ` ${min} 到 ${max} 之间的整数`}，实际为“${text}”`,
    badInstant: (text) =>
      `无效的时刻“${text}”（应为带时差的 ISO 8601 格式，如 2026-12-01T09:00:00+10:00 或 2026-12-01T00:00:00Z）`,
    unknownZone: (text, suggestion) =>
      `未知的时区“${text}”${suggestion ? `；您是否要找 ${suggestion}？` : ''}（应为 IANA 时区，如 Asia/Vladivostok，或 local）`,
    badChoice: (text, choices) => `无效的值“${text}”（应为 ${choices.join(', ')}）`,
    schedulesNotFound: (path, variable) =>
      `${variable === null ? '时刻表：' : `${variable}：`}没有文件或文件夹“${path}”`,
    schedulesUnreadable: (path, reason, variable) =>
      `${variable === null ? '时刻表：' : `${variable}：`}无法读取文件夹“${path}”（${reason}）`,
    schedulesEmptyFolder: (path, variable) =>
      `${variable === null ? '时刻表：' : `${variable}：`}文件夹“${path}”中没有 *.json 文件`,
    onWithWindow: '--on 只指定一天（或一个月）：不能与 --date、--until 或 --days 同时使用',
    filtersWithJourneys: '--mode 和 --timed 用于筛选出发车次：暂不能与换乘行程同时使用',
    timedWithUntimed: '--timed 不列时间未公布的出发，--untimed 则将其计入：只能给出其一',
    daysWithUntil: '--days 和 --until 不能同时使用',
    jsonWithFormat: (format) => `--json 和 --format ${format} 不能同时使用`,
    calendarAlone: '--calendar 输出月历，不能与 --json、--format 或 --next 一起使用',
    cannotWriteFeed: (dir, reason) => `无法将数据写入 ${dir}：${reason}`,
    cannotWrite: (path, reason) => `无法写入${path ?? '输出'}：${reason}`,
    feedPathIsFile: (dir, path) => `无法将数据写入 ${dir}：${path} 是文件，不是文件夹`,
    csvRawNeedsCsv: '--csv-raw 只能与 --format csv 一起使用',
    feedPathEmpty: 'export gtfs 需要一个文件夹或以 `.zip` 结尾的文件，不能是空路径',
    feedPathDash: 'export gtfs 写入文件，而不是标准输出：请用文件夹或 `.zip` 文件代替“-”',
    feedFolderIsCurrent: (dir) =>
      `无法替换 ${dir} 中的数据：它是当前文件夹或包含当前文件夹，而新数据会取代整个文件夹；请在该文件夹之外运行导出`,
    feedFolderNotEmpty: (dir) => `${dir} 不是空的：加上 --force 以替换其中的数据文件（其他文件保持不变）`,
    feedZipExists: (path) => `${path} 已存在：加上 --force 以替换它`,
    feedZipIsFolder: (path) => `无法将数据写入 ${path}：它是文件夹，不是文件`,
    mentionedBy: (query, routes) =>
      `“${query}”不是时刻表中的车站，但以下线路提到了它：${routes
        .map(
          (r) =>
            `${r.name}（${r.status}，${r.departuresListed ? '列有出发车次' : '未列出发车次'}；\`railnext routes\`）${r.stations.length ? `，涉及车站 ${r.stations.join('、')}` : ''}`,
        )
        .join('；以及 ')}。`,
    covers: (crossings) => `railnext 收录的口岸有 ${crossings.join('、')}，以及经过这些口岸的车次所停靠的车站。`,
    noRunningService: '没有加载任何运行中的车次。',
    andThen: (error, sentence) => `${error}。${sentence}`,
    unknownLangVariable: (variable, value, choices) =>
      `${variable}：未知的语言“${value}”（应为 ${lists.or(choices)}）；改用系统区域设置的语言或英语`,
    internal: (message, verbose) => `内部错误：${message}${verbose ? '' : '（加 --verbose 运行可查看详情）'}`,
    commander: {
      unknownOption: (option, suggestions) => `未知的选项“${option}”${didYouMean(suggestions)}`,
      unknownHelpTopic: (topic, suggestions, commands) =>
        `未知的命令“${topic}”${suggestions.length ? didYouMean(suggestions) : `（命令有 ${commands.join(', ')}）`}`,
      missingArgument: (name) => `缺少必需的参数“${name}”`,
      optionMissingArgument: (option) => `选项“${option}”缺少值`,
      excessArguments: (command, expected, got) =>
        `${command ? `${command} 的` : ''}参数过多：最多 ${expected} 个，实际 ${got} 个`,
      seeHelp: '（见 railnext --help）',
    },
  },

  help: {
    titles: {
      usage: '用法：',
      arguments: '参数：',
      options: '选项：',
      commands: '命令：',
      globalOptions: '全局选项：',
    },
    description: '俄罗斯、朝鲜和中国之间的下一班跨境列车和客车何时出发？离线查询，按各站当地时间显示。',
    version: '显示版本号',
    help: '显示命令的帮助',
    helpCommand: '显示某个命令的帮助',
    choices: (items) => `（可选值：${items}）`,
    args: {
      query: '车站（任意名称或文字）、线路或车次；省略时为全部车次',
      destination: '只显示继续开往该站的车次',
      paths: '与内置时刻表一起检查的时刻表文件或 *.json 文件夹',
      shell: 'bash、zsh 或 fish',
      format: 'gtfs',
      dir: '以 `.zip` 结尾的文件，或写入数据的文件夹（不存在时自动创建）',
    },
    terms: {
      options: '选项',
      command: '命令',
      query: '查询',
      destination: '目的地',
      paths: '路径',
      shell: 'shell',
      format: '格式',
      dir: '文件夹',
      day: '日期',
      n: 'n',
      zone: '时区',
      instant: '时刻',
      path: '路径',
      lang: '语言',
    },
    options: {
      date: '起始当地日期：YYYY-MM-DD、today、tomorrow、星期几（下一个）、+N 或月份 YYYY-MM（单独使用时为整个月）',
      until: '结束当地日期，含当天（格式同上；月份则到该月最后一天）',
      days: (defaultDays, maxDays) => `时间段的天数（默认 ${defaultDays}；最多 ${maxDays}，即 1000 年）`,
      next: (years) => `只显示时间已知的前 n 班（未给出 --days 或 --until 时最多向后查找 ${years} 年）`,
      json: '输出 JSON（字段见 docs/json.md）；即 --format json',
      format: '输出格式（默认：table）',
      calendar: '标出各车次出发日期的月历（未指定日期时为本月和下月）',
      on: '只看这一天或这个月（格式同上）；不能与 --date、--until 或 --days 同用',
      mode: '只看列车或只看客车',
      timed: '只列出时间已知的出发车次（不列时间未公布的客车班次）',
      untimed: '与 --next 同用：时间未公布的出发也计入',
      journeys: '从第一个车站到第二个车站的换乘行程，即使有直达车次',
      change: '换乘的最短时间，如 90m 或 2h（默认 1h）',
      changes: '一次行程最多换乘几次，0 到 5（默认 2）',
      maxWait: '后续各段最晚在第一段日期之后多久出发，如 30d（默认 45d）',
      arriveBy: '在此当地日期前到达的行程（格式同 --date），按最晚出发排列',
      to: '时间段内从任何地方到达此站的车次',
      tz: "表中时间按此 IANA 时区或 'local' 显示，而不是各站当地时间",
      now: '当作当前时刻的 ISO 8601 时间，如 2026-12-01T09:00:00+10:00',
      noColor: '不使用颜色，即使在终端中',
      expand: '表中每个班次各占一行，即使班次只有日期不同（未公布时刻的客车）',
      noPager: '终端上的长输出不经分页程序（默认依次用 RAILNEXT_PAGER、PAGER、less -FRX）',
      ascii: '仅用 ASCII：+--+ 边框和 -> 箭头（区域设置的字符集不是 UTF-8 时默认如此，如 LANG=C）',
      verbose: '在表中显示全部备注，出错时显示堆栈',
      quiet: '不在 stderr 上警告：数据核对已超过 180 天（相对 --now），或用户线路漏掉了车次',
      lang: '输出语言（默认：RAILNEXT_LANG，其次系统区域设置，最后 en）',
      schedules: '另外加载此时刻表文件或 *.json 文件夹（可重复；另见 RAILNEXT_SCHEDULES）',
      noBundled: '不加载内置时刻表',
      listingJson: '输出 JSON',
      validateJson: '以 JSON 输出检查报告',
      validateNow: '当作当前时刻的 ISO 8601 时间，用于数据核对日期的警告',
      listingNow: '当作当前时刻的 ISO 8601 时间，用于判断逾期的计划和到期的规定',
      exportDate: '起始当地日期（格式同查询）',
      exportUntil: '结束当地日期，含当天',
      exportDays: '时间段的天数（默认 365）',
      exportNow: '当作当前时刻的 ISO 8601 时间',
      exportForce: '替换非空文件夹中的数据文件，或已存在的 `.zip` 文件',
      csvRaw: "--format csv：以 = + - @ 开头的时刻表文本保持原样（不加前导 '）",
    },
    commands: {
      routes: '全部线路：运行规律、起始日期、状态和资料来源',
      stations: '全部车站：名称和别名、国家、时区',
      validate: '检查时刻表文件（内置的及指定的）：列出全部问题，格式为 文件:/json/指针: 说明',
      completion: '输出 shell 补全脚本：source <(railnext completion bash)',
      export: '将时间段内的出发车次写成数据：export gtfs <文件夹>（未给出 --date、--until 或 --days 时为今天起一年）',
    },
    examples: {
      title: '示例：',
      what: {
        khasan: '该站未来两周的出发车次',
        pyongyang: '平壤十二月的车次',
        next: '接下来的三班列车',
        moscowTime: '全部车次，按莫斯科时间显示',
        routes: '全部线路及其运行规律',
        ownSchedules: '用自己的时刻表补充内置时刻表',
        validate: '检查时刻表文件，一次列出全部问题',
        ics: '导入日历应用（也可 --format csv、ndjson）',
        calendar: '本月的运行日期，以月历显示',
        gtfs: '全部车次一年的 GTFS 数据',
        completion: '车站名和选项的 Tab 补全',
        lang: '用中文显示（也可 ru、ko；或设置 RAILNEXT_LANG）',
      },
      notes: ['日期按各出发站的当地日期。表中的标记：', '? 未公布，~ 推算，* 可信度低。'],
      exitCodes: '退出码：0 已列出车次，1 时间段内没有车次，2 用法错误，3 时刻表数据有误。',
    },
    groups: { what: '查询对象：', when: '时间：', output: '输出：', journeys: '换乘行程：', data: '时刻表：' },
  },
};
