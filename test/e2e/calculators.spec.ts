/**
 * Journey: use a calculator — on /tools/<id>/ and embedded in a module. Parametrised over the
 * registry, so every declared calculator gets the same promises: fill → result, bad input →
 * a message at the field and no NaN, a URL with parameters restores its state, reload keeps
 * it, "复制链接" gives a URL that restores it, keyboard-only use, axe clean.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, useTheme } from './fixtures';
import { calculators } from '../../src/lib/calculators';
import type { CalculatorSpec } from '../../src/lib/calculators/types';

/**
 * One state per calculator, different from its example in at least one field (so that a
 * broken restore shows), and the main figure it must show.
 */
const CASES: Record<string, { query: string; metric: string; expected: string }> = {
  retention: { query: 'start=800&end=900&new=150', metric: 'retention-rate', expected: '93.8%' },
  churn: { query: 'start=500&lost=60', metric: 'churn-rate', expected: '12.0%' },
  period: { query: 'rate=2&from=month&to=quarter', metric: 'converted-rate', expected: '5.88%' },
  cohort: { query: 'unit=month&size=500&p1=400&p2=300&p3=&p4=&p5=&p6=', metric: 'cohort-final-retention', expected: '60%' },
  nps: { query: 'promoters=30&passives=30&detractors=40', metric: 'nps', expected: '-10' },
  csat: { query: 's1=10&s2=10&s3=10&s4=35&s5=35', metric: 'csat', expected: '70%' },
  clv: { query: 'period=year&arpu=100&margin=50&churn=10&discount=10', metric: 'clv-discounted', expected: '¥225' },
  'replacement-cost': { query: 'salary=100000&leavers=4&multiplier=150', metric: 'replacement-cost-total', expected: '¥60万' },
  'churn-cost': { query: 'lost=10&value=5000&retain=&multiple=5', metric: 'churn-cost-total', expected: '¥5万' },
  'pay-gap': { query: 'ours=150000&market=200000', metric: 'pay-gap', expected: '-25%' },
  renewal: { query: 'end=2027-06-30&asof=2027-05-01', metric: 'renewal-status', expected: '已逾期，应立即沟通' },
  'loyalty-roi': { query: 'members=1000&baseline=50&uplift=20&kind=points&value=1000&cost=100000', metric: 'loyalty-roi', expected: '100%' },
  'intervention-roi': { query: 'atrisk=100&cost=100&success=50&value=1000', metric: 'intervention-roi', expected: '400%' },
  'signal-score': {
    query: 'audience=customer&interaction-drop=1&usage-drop=1&competitor-interest=1&complaints-rise=1',
    metric: 'signal-score',
    expected: '69',
  },
  pareto: { query: 'price=10&quality=80&service=5&personal=5&competitor=0&expectation=0&other=0', metric: 'pareto-vital-few', expected: '产品质量' },
  servqual: { query: 'e-reliability=7&p-reliability=4', metric: 'servqual-largest-gap', expected: '可靠性（-3）' },
  onboarding: { query: 'start=2026-09-01&probation=3', metric: 'onboarding-first-week', expected: '2026年9月8日' },
};

const NOT_A_NUMBER = /NaN|Infinity|undefined/;

function section(page: Page): Locator {
  return page.locator('section.calc').first();
}

/** Wait until the island has hydrated (Astro removes `ssr` from the island then). */
async function hydrated(page: Page, root: Locator = section(page)): Promise<void> {
  await root.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island', { has: root })).not.toHaveAttribute('ssr', /.*/);
}

/** The first field a learner types a number into. */
function firstNumberField(spec: CalculatorSpec<unknown>) {
  return spec.fields.find((f) => !['choice', 'boolean', 'date'].includes(f.kind) && !f.when);
}

/** Set one field through the UI, as a person would. */
async function setField(root: Locator, spec: CalculatorSpec<unknown>, name: string, value: string, instance: string) {
  const field = spec.fields.find((f) => f.name === name)!;
  const input = root.locator(`#calc-${instance}-${name}`);
  if (field.kind === 'choice') await input.selectOption(value);
  else if (field.kind === 'boolean') await input.setChecked(value === '1');
  else await input.fill(value);
}

for (const spec of calculators) {
  const id = spec.id;
  const c = CASES[id]!;
  const url = `/tools/${id}/`;

  test.describe(`calculator ${id}`, () => {
    test('fill → result, kept in the URL, across a reload and through 复制链接', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(url);
      const root = section(page);
      await hydrated(page);
      const out = root.locator(`output[data-metric="${c.metric}"]`);
      await expect(out).not.toHaveText('');
      const params = new URLSearchParams(c.query);
      // Choices first: they decide which other fields are shown (the signal lists).
      const isChoice = (name: string) => Number(spec.fields.find((f) => f.name === name)?.kind === 'choice');
      const entries = [...params].sort(([a], [b]) => isChoice(b) - isChoice(a));
      for (const [name, value] of entries) await setField(root, spec, name, value, id);
      await expect(out).toHaveText(c.expected);
      await expect(root.locator('[data-calc-working]')).not.toContainText(NOT_A_NUMBER);
      await expect(root.locator('[data-calc-reading]')).not.toBeEmpty();
      const current = new URL(page.url()).searchParams;
      for (const [name, value] of params) expect(current.get(name), name).toBe(value);
      await page.reload();
      await hydrated(page);
      await expect(out).toHaveText(c.expected);
      await expect(root.locator('[data-calc-notice]')).toHaveCount(0);
      for (const [name, value] of params) {
        const input = root.locator(`#calc-${id}-${name}`);
        if (spec.fields.find((f) => f.name === name)?.kind === 'boolean') await expect(input).toBeChecked({ checked: value === '1' });
        else await expect(input).toHaveValue(value);
      }
      await root.locator('[data-calc-copy]').click();
      await expect(root.locator('.calc-copy-status')).toHaveText('已复制链接');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(new URL(copied).pathname).toBe(url);
      await page.goto(copied);
      await hydrated(page);
      await expect(out).toHaveText(c.expected);
    });

    test('a URL restores the state; keyboard only; bad input → message at the field; axe clean', async ({ page, checkA11y }) => {
      await page.goto(`${url}?${c.query}`);
      const root = section(page);
      await hydrated(page);
      await expect(root.locator(`output[data-metric="${c.metric}"]`)).toHaveText(c.expected);
      const results = root.locator('.calc-results');
      const restored = await results.textContent();

      // Keyboard only: change a field, then Tab to 重置为示例 and press Enter.
      const field = firstNumberField(spec) ?? spec.fields.find((f) => f.kind === 'date');
      const input = field ? root.locator(`#calc-${id}-${field.name}`) : root.locator('.calc-check input:not(:checked)').first();
      await input.focus();
      expect(await input.evaluate((el) => getComputedStyle(el).outlineStyle), 'visible focus').not.toBe('none');
      if (!field) await page.keyboard.press('Space');
      else if (field.kind === 'date') await page.keyboard.type('2030-01-15');
      else {
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.type('7');
      }
      await expect(results).not.toHaveText(restored ?? '');
      const reset = root.locator('[data-calc-reset]');
      for (let i = 0; i < 60 && !(await reset.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      await expect(reset).toBeFocused();
      await page.keyboard.press('Enter');
      if (field) await expect(input).toHaveValue(field.example);
      for (const [name] of new URLSearchParams(c.query)) expect(new URL(page.url()).searchParams.has(name), name).toBe(false);

      // Bad input (fields a learner types into): a Chinese message at the field, never NaN.
      if (field) {
        await input.fill(field.kind === 'date' ? '' : 'abc');
        const error = root.locator(`[data-calc-error="${field.name}"]`);
        await expect(error).toBeVisible();
        await expect(error).toContainText(/[\u4e00-\u9fff]/);
        await expect(input).toHaveAttribute('aria-invalid', 'true');
        await expect(input).toHaveAttribute('aria-describedby', new RegExp(`calc-${id}-${field.name}-error`));
        await expect(root.locator('[data-calc-missing]')).toContainText(field.label);
        await expect(root).not.toContainText(NOT_A_NUMBER);
        for (const o of await root.locator('output[data-metric]').all()) await expect(o).not.toBeEmpty();
      }
      await checkA11y(`${url} after keyboard use${field ? ' with an input error' : ''}`);
    });
  });
}

test.describe('calculator pages', () => {
  test('the published example URLs show their figures', async ({ page }) => {
    const published: [string, string, string][] = [
      ['/tools/retention/?start=1000&end=1050&new=200', 'retention-rate', '85.0%'],
      ['/tools/churn/?start=1200&lost=90', 'churn-rate', '7.5%'],
      ['/tools/nps/?promoters=60&passives=25&detractors=15', 'nps', '45'],
      ['/tools/csat/?s1=5&s2=10&s3=20&s4=40&s5=25', 'csat', '65%'],
      ['/tools/clv/?arpu=200&margin=60&churn=5&discount=10', 'clv-simple', '¥2,400'],
      ['/tools/clv/?arpu=200&margin=60&churn=5&discount=10', 'clv-discounted', '¥760'],
      ['/tools/pay-gap/?ours=17&market=20', 'pay-gap', '-15%'],
    ];
    for (const [url, metric, expected] of published) {
      await page.goto(url);
      await hydrated(page);
      await expect(page.locator(`output[data-metric="${metric}"]`), url).toHaveText(expected);
      // An old 万元 pay-gap link says how it was read; the others have nothing to report.
      if (url.includes('pay-gap')) await expect(page.locator('[data-calc-notice]')).toContainText('旧版链接');
      else await expect(page.locator('[data-calc-notice]')).toHaveCount(0);
    }
  });

  test('/tools/ lists every calculator by topic and passes axe', async ({ page, checkA11y }) => {
    await page.goto('/tools/');
    for (const spec of calculators) await expect(page.locator(`a[href="/tools/${spec.id}/"]`)).toHaveCount(1);
    await expect(page.locator('main h2')).not.toHaveCount(0);
    await expect(page.locator('.site-nav a[href="/tools/"]')).toHaveAttribute('aria-current', 'page');
    await checkA11y('/tools/');
  });

  test('a standalone page explains the formula (MathML, no math JS) and passes axe in the dark theme', async ({ page, checkA11y }) => {
    await useTheme(page, 'dark');
    await page.goto('/tools/clv/?arpu=200&margin=60&churn=5&discount=10');
    await hydrated(page);
    await expect(page.locator('#formula ~ .tool-formula math').first()).toBeVisible();
    await expect(page.locator('output[data-metric="clv-simple"]')).toHaveText('¥2,400');
    await expect(page.locator('output[data-metric="clv-discounted"]')).toHaveText('¥760');
    await expect(page.locator('.calc')).toContainText('个月');
    await checkA11y('/tools/clv/ (dark)');
  });

  test('hostile parameters are ignored with a visible, text-only notice', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const evil = '<img src=x onerror=alert(1)>';
    await page.goto(`/tools/retention/?start=${encodeURIComponent('<script>alert(1)</script>')}&end=1e999&end=5&bogus=${encodeURIComponent(evil)}&new=${'9'.repeat(500)}`);
    const root = section(page);
    await hydrated(page);
    const notice = root.locator('[data-calc-notice]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('bogus=<img src=x onerror=alert(1)>');
    await expect(notice).toContainText('start=<script>alert(1)</script>');
    await expect(notice).toContainText('重复出现');
    await expect(page.locator('.calc img, .calc script')).toHaveCount(0);
    // Ignored values fall back to the example.
    await expect(root.locator('output[data-metric="retention-rate"]')).toHaveText('85.0%');
    await expect(root).not.toContainText(NOT_A_NUMBER);
    expect(dialogs).toBe(0);
  });

  test('copy link falls back to a selected read-only field without a clipboard', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
    await page.goto('/tools/churn/?start=1200&lost=90');
    const root = section(page);
    await hydrated(page);
    await root.locator('[data-calc-copy]').click();
    const link = root.locator('[data-calc-link]');
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('readonly', '');
    await expect(link).toBeFocused();
    const value = await link.inputValue();
    expect(value).toContain('/tools/churn/?start=1200&lost=90');
    const selected = await link.evaluate((el: HTMLInputElement) => el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0));
    expect(selected).toBe(value);
  });

  test('the onboarding plan lists the seed-001 check points and prints as a checklist', async ({ page }) => {
    await page.goto('/tools/onboarding/?start=2026-03-02&probation=3');
    const root = section(page);
    await hydrated(page);
    const table = root.locator('table[data-calc-table]');
    await expect(table.locator('tbody tr')).toHaveCount(6);
    await expect(table).toContainText('守护人');
    await expect(table).toContainText('2026年5月4日（星期一，周末顺延）');
    await expect(root.getByRole('button', { name: '打印' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(root.getByRole('button', { name: '打印' })).toBeHidden();
    await expect(table).toBeVisible();
  });

  test('works at 360 px without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const id of ['clv', 'signal-score', 'onboarding']) {
      await page.goto(`/tools/${id}/`);
      await hydrated(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, id).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('calculators are server-rendered with their example inputs and results', async ({ page }) => {
    await page.goto('/tools/nps/');
    await expect(page.locator('#calc-nps-promoters')).toHaveValue('60');
    await expect(page.locator('output[data-metric="nps"]')).toHaveText('45');
    await expect(page.locator('[data-calc-working] math')).toHaveCount(1);
    await page.goto('/modules/retention-basics/');
    await expect(page.locator('section.calc[data-instance="retention"] output[data-metric="retention-rate"]')).toHaveText('85.0%');
    await expect(page.locator('section.calc[data-instance="churn-split"] output[data-metric="voluntary-churn-rate"]')).not.toBeEmpty();
  });
});

test.describe('calculators embedded in a module', () => {
  test('instances keep their own prefixed parameters', async ({ page, checkA11y }) => {
    await page.goto('/modules/retention-basics/?retention.start=2000&retention.end=1900&retention.new=100&churn.lost=120&retention.bogus=1&q=x');
    const retention = page.locator('section.calc[data-instance="retention"]');
    const churn = page.locator('section.calc[data-instance="churn"]');
    const period = page.locator('section.calc[data-instance="period"]');
    await hydrated(page, retention);
    await expect(retention.locator('output[data-metric="retention-rate"]')).toHaveText('90.0%');
    await expect(retention.locator('[data-calc-notice]')).toContainText('retention.bogus=1');
    await hydrated(page, churn);
    await expect(churn.locator('#calc-churn-lost')).toHaveValue('120');
    await expect(churn.locator('[data-calc-notice]')).toHaveCount(0);
    await hydrated(page, period);
    // Typing in one instance writes only its own parameters.
    await churn.locator('#calc-churn-start').fill('1000');
    await expect(churn.locator('output[data-metric="churn-rate"]')).toHaveText('12.0%');
    const params = new URL(page.url()).searchParams;
    expect(params.get('churn.start')).toBe('1000');
    expect(params.get('retention.start')).toBe('2000');
    expect(params.get('q')).toBe('x');
    expect(params.get('start')).toBeNull();
    await page.reload();
    await hydrated(page, churn);
    await expect(churn.locator('output[data-metric="churn-rate"]')).toHaveText('12.0%');
    await checkA11y('/modules/retention-basics/ with calculators');
  });
});

test.describe('what the review found (content review 2026-12, learner review minor 1–9)', () => {
  test('an old pay-gap link in 万元 keeps its meaning and says how it was read', async ({ page }) => {
    await page.goto('/tools/pay-gap/?ours=17&market=20');
    const root = section(page);
    await hydrated(page);
    await expect(root.locator('output[data-metric="pay-gap"]')).toHaveText('-15%');
    await expect(root.locator('output[data-metric="pay-status"]')).toHaveText('可接受（未达预警线）');
    await expect(root.locator('#calc-pay-gap-ours')).toHaveValue('17万');
    const notice = root.locator('[data-calc-notice]');
    await expect(notice).toContainText('“本企业薪酬”：ours=17 是旧版链接的写法（当时单位为万元/年），已按 17万元/年 读取。');
    await expect(notice).toContainText('market=20');
    // A value in 元 next to one in 万元: computed, with a warning at the field, not silently.
    await root.locator('#calc-pay-gap-p25').fill('');
    await root.locator('#calc-pay-gap-p75').fill('');
    await root.locator('#calc-pay-gap-ours').fill('170000');
    await root.locator('#calc-pay-gap-market').fill('20');
    await expect(root.locator('[data-calc-warning="ours"]')).toContainText('是市场中位数（20 元）的 8,500 倍');
    await expect(root.locator('[data-calc-warning="market"]')).toContainText('比常见值小很多');
    await expect(root.locator('#calc-pay-gap-market')).toHaveAttribute('aria-describedby', /calc-pay-gap-market-warning/);
    await expect(root.locator('[data-calc-warning-summary]')).toContainText('市场中位数');
    // What the calculator writes is never read as an old link: 20 becomes 20元.
    expect(new URL(page.url()).searchParams.get('market')).toBe('20元');
    await page.reload();
    await hydrated(page);
    await expect(root.locator('#calc-pay-gap-market')).toHaveValue('20元');
    await expect(root.locator('[data-calc-notice]')).toHaveCount(0);
  });

  test('a signal of the other audience is named in the notice, by its label', async ({ page }) => {
    await page.goto('/tools/signal-score/?audience=customer&engagement-drop=1&multiple=abc');
    const root = section(page);
    await hydrated(page);
    const notice = root.locator('[data-calc-notice]');
    await expect(notice).toContainText('“工作参与度突然下降（权重 3）”：engagement-drop=1 只在“对象”为“员工”时计入；当前为“客户”，未计入。');
    await expect(notice).toContainText('multiple=abc（不是本计算器的参数）');
    await page.goto('/tools/churn/?start=abc');
    await hydrated(page);
    await expect(section(page).locator('[data-calc-notice]')).toContainText('“期初人数”：start=abc（取值无效，已改用示例值）');
  });

  test('a cross-field error is shown on the field being typed in', async ({ page }) => {
    await page.goto('/tools/retention/');
    const root = section(page);
    await hydrated(page);
    await root.locator('#calc-retention-start').fill('12');
    const error = root.locator('[data-calc-error="start"]');
    await expect(error).toHaveText('期末客户数减去新增客户数（留下的 850）不能大于期初客户数（12）');
    await expect(root.locator('[data-calc-error="end"]')).toHaveCount(0);
    await expect(root.locator('#calc-retention-start')).toHaveAttribute('aria-invalid', 'true');
    await expect(root.locator('[data-calc-missing]')).toContainText('请先修正“期初人数”');
  });

  test('在独立页面打开 carries the learner’s numbers', async ({ page }) => {
    await page.goto('/modules/retention-basics/');
    const calc = page.locator('section.calc[data-instance="retention"]');
    await hydrated(page, calc);
    const link = calc.locator('[data-calc-standalone]');
    await expect(link).toHaveAttribute('href', '/tools/retention/?start=1000&end=1050&new=200&subject=customer');
    await calc.locator('#calc-retention-start').fill('2000');
    await expect(link).toHaveAttribute('href', /start=2000/);
    await link.click();
    await hydrated(page);
    await expect(page.locator('#calc-retention-start')).toHaveValue('2000');
    await expect(page.locator('output[data-metric="retention-rate"]')).toHaveText('42.5%');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`the focus ring does not look like the error state (${theme})`, async ({ page }) => {
      await useTheme(page, theme);
      await page.goto('/tools/churn/');
      const root = section(page);
      await hydrated(page);
      await root.locator('#calc-churn-lost').fill('abc');
      const start = root.locator('#calc-churn-start');
      await start.focus();
      const look = await page.evaluate(() => {
        const focused = document.querySelector('#calc-churn-start') as HTMLElement;
        const invalid = document.querySelector('#calc-churn-lost') as HTMLElement;
        const card = document.querySelector('section.calc') as HTMLElement;
        const f = getComputedStyle(focused);
        return { ring: f.outlineColor, ringStyle: f.outlineStyle, ringWidth: f.outlineWidth, focusedBorder: f.borderColor, invalidBorder: getComputedStyle(invalid).borderColor, card: getComputedStyle(card).backgroundColor };
      });
      const rgb = (s: string) => (s.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number) as [number, number, number];
      const hue = ([r, g, b]: [number, number, number]) => {
        const [x, y, z] = [r / 255, g / 255, b / 255];
        const max = Math.max(x, y, z);
        const d = max - Math.min(x, y, z);
        if (d === 0) return 0;
        const h = max === x ? ((y - z) / d) % 6 : max === y ? (z - x) / d + 2 : (x - y) / d + 4;
        return (h * 60 + 360) % 360;
      };
      const luminance = (c: [number, number, number]) => {
        const [r, g, b] = c.map((v) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        }) as [number, number, number];
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const contrast = (a: [number, number, number], b: [number, number, number]) => {
        const [hi, lo] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
        return (hi + 0.05) / (lo + 0.05);
      };
      expect(look.ringStyle).toBe('solid');
      expect(parseFloat(look.ringWidth)).toBeGreaterThanOrEqual(2);
      // Different colour families: the hues of the ring and the error border are far apart.
      const distance = Math.abs(hue(rgb(look.ring)) - hue(rgb(look.invalidBorder)));
      expect(Math.min(distance, 360 - distance), `${look.ring} vs ${look.invalidBorder}`).toBeGreaterThanOrEqual(90);
      // A focused valid field keeps its neutral border (only the invalid one is red).
      expect(look.focusedBorder).not.toBe(look.invalidBorder);
      // WCAG 2.2 non-text contrast: the ring against the card it is drawn on.
      expect(contrast(rgb(look.ring), rgb(look.card))).toBeGreaterThanOrEqual(3);
    });
  }
});

test.describe('what a URL value shows is what is used (security sweep F8, F11)', () => {
  test('a yes/no written as y checks its box and counts; a date written 2026/1/1 shows in its date field', async ({ page }) => {
    await page.goto('/tools/signal-score/?engagement-drop=y&leave-increase=0&job-search=0');
    const root = section(page);
    await hydrated(page);
    const box = root.getByRole('checkbox', { name: /工作参与度突然下降/ });
    await expect(box).toBeChecked();
    const score = await root.locator('output[data-metric="signal-score"]').textContent();
    await page.goto('/tools/signal-score/?engagement-drop=1&leave-increase=0&job-search=0');
    await hydrated(page);
    await expect(section(page).locator('output[data-metric="signal-score"]')).toHaveText(score!);
    // Unchecking it changes the score: the box and the figure are one value.
    await section(page).getByRole('checkbox', { name: /工作参与度突然下降/ }).uncheck();
    await expect(section(page).locator('output[data-metric="signal-score"]')).not.toHaveText(score!);

    await page.goto('/tools/onboarding/?start=2026/1/1');
    await hydrated(page);
    await expect(section(page).getByLabel('入职日期')).toHaveValue('2026-01-01');
    await expect(section(page).locator('output[data-metric="onboarding-first-week"]')).toHaveText('2026年1月8日');
  });

  test('a start date at the edge of the calendar is refused at its field, not shown as “—”', async ({ page }) => {
    await page.goto('/tools/onboarding/?start=9999-12-31');
    await hydrated(page);
    await expect(section(page).locator('[data-calc-error="start"]')).toContainText('超出公元 1 年到 9999 年');
  });

  test('a link with thousands of unknown parameters lists ten and counts the rest', async ({ page }) => {
    const query = Array.from({ length: 2000 }, (_, i) => `x${i}=1`).join('&');
    await page.goto(`/tools/retention/?${query}`);
    await hydrated(page);
    const notice = section(page).locator('[data-calc-notice]');
    await expect(notice).toContainText('另有 1990 项未列出。');
    await expect(notice).not.toContainText('x10=1');
    await expect(section(page).locator('output[data-metric="retention-rate"]')).toHaveText('85.0%');
  });
});
