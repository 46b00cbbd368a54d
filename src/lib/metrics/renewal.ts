/**
 * Renewal timeline (续约时间线): when to start talking to a customer about renewing.
 */
import type { Result } from '../result';
import { createChecks } from '../validate';
import { addMonths, compareYmd, daysBetween, fromYmd, toYmd, type DateInput, type Ymd } from './calendar';

/** Outreach runs from 6 to 3 months before the contract ends (seed 001: 到期前3-6个月开始). */
export const RENEWAL_WINDOW = { opensMonthsBefore: 6, closesMonthsBefore: 3 } as const;

/**
 * - upcoming: the outreach window has not opened yet;
 * - open: inside the window — talk now;
 * - overdue: the window has closed and the contract is still running — talks are late;
 * - expired: the contract has ended (past its end date).
 */
export type RenewalStatus = 'upcoming' | 'open' | 'overdue' | 'expired';

export const RENEWAL_STATUS_LABELS: Readonly<Record<RenewalStatus, string>> = {
  upcoming: '尚未到沟通期',
  open: '续约沟通期内',
  overdue: '已逾期，应立即沟通',
  expired: '合同已到期',
};

export interface RenewalInput {
  /** 合同到期日 ('YYYY-MM-DD' or {y, m, d}). */
  end: DateInput;
  /** 当前日期 — the date the status is reported for. */
  asOf: DateInput;
  /** Window opens this many calendar months before the end; default 6. */
  opensMonthsBefore?: number;
  /** Window closes (outreach is overdue after) this many months before the end; default 3. */
  closesMonthsBefore?: number;
}

export interface RenewalValue {
  /** ISO dates. */
  end: string;
  asOf: string;
  windowOpens: string;
  windowCloses: string;
  status: RenewalStatus;
  /** end − asOf in days (negative once expired). */
  daysToEnd: number;
  /** windowOpens − asOf in days (negative once open). */
  daysToWindowOpens: number;
  /** windowCloses − asOf in days (negative once overdue). */
  daysToWindowCloses: number;
}

/**
 * 续约沟通窗口 = [到期日 − 6 个月, 到期日 − 3 个月]
 *
 * Renewal talks should start 3–6 months before a contract ends, not in its last weeks: there
 * must be time to learn how the customer's needs changed, show the value delivered and
 * negotiate. About 40 % of B2B churn happens at contract expiry, and over half of it can be
 * prevented by managing renewals. Months are calendar months with the day clamped to the end
 * of a shorter month (31 Aug − 6 months = 28/29 Feb); dates are computed in UTC.
 * Source: seed 001 (合同到期与未续签流失).
 */
export function renewalWindow(input: RenewalInput): Result<RenewalValue, keyof RenewalInput> {
  const c = createChecks<keyof RenewalInput>({
    end: '合同到期日',
    asOf: '当前日期',
    opensMonthsBefore: '沟通开始（到期前月数）',
    closesMonthsBefore: '最晚沟通（到期前月数）',
  });
  const end = toYmd(input.end);
  const asOf = toYmd(input.asOf);
  c.rule(end !== undefined, 'end', '合同到期日必须是有效日期（格式：YYYY-MM-DD）');
  c.rule(asOf !== undefined, 'asOf', '当前日期必须是有效日期（格式：YYYY-MM-DD）');
  const opens = input.opensMonthsBefore ?? RENEWAL_WINDOW.opensMonthsBefore;
  const closes = input.closesMonthsBefore ?? RENEWAL_WINDOW.closesMonthsBefore;
  const monthsOk = c.count('opensMonthsBefore', opens, { max: 120 }) && c.count('closesMonthsBefore', closes, { max: 120 });
  if (monthsOk) c.rule(opens >= closes, 'opensMonthsBefore', '沟通开始的月数不能少于最晚沟通的月数');
  // The window opens `opens` months before the end: that date must still be a real one.
  if (monthsOk && end !== undefined) c.rule(addMonths(end, -opens).y >= 1, 'end', '合同到期日太早：沟通窗口的开始日会早于公元 1 年');
  return c.result(() => windowFor(end as Ymd, asOf as Ymd, opens, closes));
}

function windowFor(end: Ymd, asOf: Ymd, opens: number, closes: number): RenewalValue {
  const windowOpens = addMonths(end, -opens);
  const windowCloses = addMonths(end, -closes);
  let status: RenewalStatus;
  if (compareYmd(asOf, end) > 0) status = 'expired';
  else if (compareYmd(asOf, windowCloses) > 0) status = 'overdue';
  else if (compareYmd(asOf, windowOpens) >= 0) status = 'open';
  else status = 'upcoming';
  return {
    end: fromYmd(end),
    asOf: fromYmd(asOf),
    windowOpens: fromYmd(windowOpens),
    windowCloses: fromYmd(windowCloses),
    status,
    daysToEnd: daysBetween(asOf, end),
    daysToWindowOpens: daysBetween(asOf, windowOpens),
    daysToWindowCloses: daysBetween(asOf, windowCloses),
  };
}

export interface RenewalContract {
  /** 客户或合同名称. */
  label: string;
  end: DateInput;
}

export interface RenewalScheduleInput {
  contracts: readonly RenewalContract[];
  asOf: DateInput;
  opensMonthsBefore?: number;
  closesMonthsBefore?: number;
}

export interface RenewalScheduleValue {
  /** Every contract with its window and status, soonest end date first. */
  contracts: (RenewalValue & { label: string })[];
  /** How many contracts are in each status. */
  counts: Record<RenewalStatus, number>;
  /** Labels of contracts whose outreach is overdue (still running, window closed). */
  overdue: string[];
}

export type RenewalScheduleField =
  | 'contracts'
  | 'asOf'
  | 'opensMonthsBefore'
  | 'closesMonthsBefore'
  | `contracts.${number}.${'label' | 'end'}`;

/**
 * The renewal window of each contract as of one date, sorted by end date, with what is overdue.
 * Same rule and source as renewalWindow.
 */
export function renewalSchedule(input: RenewalScheduleInput): Result<RenewalScheduleValue, RenewalScheduleField> {
  const c = createChecks<RenewalScheduleField>({
    contracts: '合同',
    asOf: '当前日期',
    opensMonthsBefore: '沟通开始（到期前月数）',
    closesMonthsBefore: '最晚沟通（到期前月数）',
  });
  const contracts = Array.isArray(input.contracts) ? input.contracts : [];
  c.rule(contracts.length > 0, 'contracts', '至少需要一份合同');
  const rows: (RenewalValue & { label: string })[] = [];
  // Validate the shared fields once through renewalWindow on the first contract's terms.
  const shared = renewalWindow({ ...optionalMonths(input), end: '2000-01-01', asOf: input.asOf });
  if (!shared.ok) for (const e of shared.errors) if (e.field !== 'end') c.add(e.field, e.message);
  contracts.forEach((contract, i) => {
    const name = typeof contract.label === 'string' && contract.label.trim() !== '' ? contract.label : `第 ${i + 1} 份合同`;
    c.rule(name === contract.label, `contracts.${i}.label`, `第 ${i + 1} 份合同的名称为必填项`);
    const r = renewalWindow({ ...optionalMonths(input), end: contract.end, asOf: input.asOf });
    if (r.ok) rows.push({ label: name, ...r.value });
    else if (r.errors.some((e) => e.field === 'end')) c.add(`contracts.${i}.end`, `${name}的到期日必须是有效日期（格式：YYYY-MM-DD）`);
  });
  return c.result(() => {
    rows.sort((a, b) => a.end.localeCompare(b.end));
    const counts: Record<RenewalStatus, number> = { upcoming: 0, open: 0, overdue: 0, expired: 0 };
    for (const r of rows) counts[r.status]++;
    return { contracts: rows, counts, overdue: rows.filter((r) => r.status === 'overdue').map((r) => r.label) };
  });
}

function optionalMonths(input: RenewalScheduleInput): Pick<RenewalInput, 'opensMonthsBefore' | 'closesMonthsBefore'> {
  const out: Pick<RenewalInput, 'opensMonthsBefore' | 'closesMonthsBefore'> = {};
  if (input.opensMonthsBefore !== undefined) out.opensMonthsBefore = input.opensMonthsBefore;
  if (input.closesMonthsBefore !== undefined) out.closesMonthsBefore = input.closesMonthsBefore;
  return out;
}
