// The regulatory navigator: implant, software and IVD walks, pruning, concept help, save/resume/share, languages, axe.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citationRef } from '../../web/src/pages/product-ref.ts';
import { engineText, reasonText } from '../../web/src/pages/regulatory-words.ts';
import { engineLiterals, engineTexts } from './engine-texts.ts';
import { DEMO_USERS, launchBrowser, openPage, screenshot, seriousAccessibilityViolations, signInWithForm, type Width } from './browser.ts';

const EDITOR = DEMO_USERS.editor;
const ILLUMINATION = '#rq-diagnosisOrMonitoring-suppliesEnergy';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const question = (page: Page, id: string) => page.locator(`fieldset#rq-${id.replace('.', '-')}`);
const liveClass = (page: Page) => page.locator('.regulatory-live-class').textContent();
const params = (page: Page) => new URL(page.url()).searchParams;

/** Answers one question of the device step by its radio value and waits until the page shows it answered. */
async function answer(page: Page, id: string, value: string) {
  await question(page, id).locator(`input[value="${value}"]`).check();
  await question(page, id).and(page.locator('.answered')).waitFor();
}

/**
 * Answers every open question of the device step, top to bottom: the given answer, else the default (no, none, the
 * first option), until none is open; `after` runs after each answer.
 */
async function walk(page: Page, answers: Record<string, string>, after?: () => Promise<void>): Promise<string[]> {
  const asked: string[] = [];
  await page.locator('fieldset.regulatory-question').first().waitFor();
  for (let i = 0; i < 100; i++) {
    const open = page.locator('fieldset.regulatory-question.open').first();
    if ((await open.count()) === 0) return asked;
    const id = (await open.getAttribute('data-question'))!.slice('rq-'.length).replace('-', '.');
    const values = await open.locator('input[type="radio"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    await answer(page, id, answers[id] ?? (values.includes('no') ? 'no' : values[0]!));
    asked.push(id);
    if (after) await after();
  }
  throw new Error('the questionnaire did not end');
}

/** The navigator's device step for a regulation, reached from the start page. */
async function startDevice(page: Page, regulation: 'MDR' | 'IVDR', card: string) {
  await page.goto('/regulatory');
  await page.getByRole('link', { name: card }).click();
  await page.locator('fieldset#rq-regulation').waitFor();
  expect(params(page).get('regulation')).toBe(regulation);
}

const HIP = { software: 'no', active: 'no', invasive: 'implantable', implantType: 'joint-replacement' };

describe('the regulatory navigator', () => {
  it('classifies a hip joint replacement as class III by Rule 8 without ever asking about illumination', async () => {
    const page = await openPage(browser);
    await startDevice(page, 'MDR', 'Medical device (MDR)');
    const noIllumination = async () => expect(await page.locator(ILLUMINATION).count()).toBe(0);
    const asked = await walk(page, HIP, noIllumination);
    expect(asked).toContain('implantType');
    expect(asked).not.toContain('duration');
    expect(asked).not.toContain('channelsOrStores');
    expect(await liveClass(page)).toBe('Class III');
    expect(await page.locator('.regulatory-live [data-rule="8"] .regulatory-class-chip').textContent()).toBe('III');
    expect(await page.locator('.regulatory-live [data-rule="8"] .regulatory-because').textContent()).toBe('total or partial joint replacement');
    expect(await page.locator('.regulatory-live [data-rule="8"] cite').textContent()).toBe('MDR Annex VIII, Rule 8, eighth indent');

    await page.getByRole('button', { name: 'Show the result' }).click();
    await page.locator('.regulatory-class-big').waitFor();
    expect(await page.locator('.regulatory-class-big').textContent()).toBe('III');
    expect(await page.locator('[data-consultation="clinical-evaluation-consultation"]').count()).toBe(1);
    expect(await page.locator('[data-obligation="implant-card"]').count()).toBe(1);
    expect(await page.locator('[data-section="gspr-10"] [data-item]').count()).toBeGreaterThan(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The state is in the URL: a reload keeps the answer, back returns to the device facts.
    await page.reload();
    expect(await page.locator('.regulatory-class-big').textContent()).toBe('III');
    await page.goBack();
    await page.locator('fieldset#rq-implantType input[value="joint-replacement"]:checked').waitFor();
  });

  it('never asks an active implant about illumination, though it asks about its diagnostic function', async () => {
    const page = await openPage(browser);
    await startDevice(page, 'MDR', 'Medical device (MDR)');
    const seen = new Set<string>();
    await walk(page, { software: 'no', active: 'yes', invasive: 'implantable', activeImplantable: 'device', diagnosisOrMonitoring: 'yes' }, async () => {
      for (const id of await page.locator('fieldset[data-question]').evaluateAll((f) => f.map((x) => x.id))) seen.add(id);
      expect(await page.locator(ILLUMINATION).count()).toBe(0);
    });
    expect(seen).toContain('rq-diagnosisOrMonitoring-directDiagnosisOrVitalProcesses');
    expect(await liveClass(page)).toBe('Class III');
  });

  it('qualifies software informing decisions as medical device software and classifies it IIa by Rule 11', async () => {
    const page = await openPage(browser, 'phone');
    await page.goto('/regulatory');
    await page.getByRole('link', { name: /Not sure/ }).click();
    const q = (id: string, value: string) => page.locator(`fieldset#qq-${id} input[value="${value}"]`).check();
    await q('software', 'yes');
    await q('softwareRole', 'independent');
    await q('actionOnData', 'yes');
    await q('individualPatients', 'yes');
    await q('medicalPurpose', 'medical');
    await q('ivdInformation', 'no');
    await page.locator('#regulatory-outcome-title', { hasText: 'Medical device (MDR)' }).waitFor();
    expect(await page.locator('.regulatory-steps li').count()).toBe(6);
    expect(await page.locator('.regulatory-steps cite').first().textContent()).toContain('MDCG 2019-11');
    await page.getByRole('button', { name: 'Continue with the device facts (MDR)' }).click();
    await page.locator('fieldset#rq-software input[value="yes"]:checked').waitFor();
    const asked = await walk(page, { 'software.decisionImpact': 'other' });
    expect(asked).not.toContain('invasive');
    expect(asked).not.toContain('active');
    expect(await liveClass(page)).toBe('Class IIa');
    expect(await page.locator('.regulatory-live [data-rule]').evaluateAll((r) => r.map((x) => x.getAttribute('data-rule')))).toEqual(['11']);
    expect(params(page).get('q.software')).toBe('yes');
    await screenshot(page, 'regulatory-software');
  });

  it('classifies an HIV self-test as class D under the IVDR', async () => {
    const page = await openPage(browser);
    await startDevice(page, 'IVDR', 'In vitro diagnostic device (IVDR)');
    await walk(page, { productType: 'assay', lifeThreateningHighPropagation: 'yes', selfTesting: 'yes' });
    expect(await liveClass(page)).toBe('Class D');
    const rules = await page.locator('.regulatory-live [data-rule]').evaluateAll((r) => r.map((x) => x.getAttribute('data-rule')));
    expect(rules).toEqual(['1', '4']);
    expect(await page.locator('.regulatory-live [data-rule="4"] .regulatory-class-chip').textContent()).toBe('C');
  });

  it('drops later answers when an earlier one changes what is asked', async () => {
    const page = await openPage(browser);
    await startDevice(page, 'MDR', 'Medical device (MDR)');
    await walk(page, HIP);
    expect(params(page).get('implantType')).toBe('joint-replacement');
    await answer(page, 'invasive', 'none');
    expect(await question(page, 'implantType').count()).toBe(0);
    expect(params(page).has('implantType')).toBe(false);
    expect(params(page).has('whollyOrMainlyAbsorbed')).toBe(false);
    expect(await liveClass(page)).toBe('Class I');
    await answer(page, 'invasive', 'implantable');
    expect(await question(page, 'placedInTeeth').locator('input:checked').count()).toBe(0);
    expect(await liveClass(page)).toBe('Class IIb');
  });

  it('opens and closes the explanation of a concept by keyboard', async () => {
    const page = await openPage(browser);
    await page.goto('/regulatory/assess?step=device&regulation=MDR&software=no&active=no');
    const button = question(page, 'invasive').getByRole('button', { name: 'implantable device' });
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const panel = page.locator(`#${await button.getAttribute('aria-controls')}`);
    expect(await panel.isVisible()).toBe(true);
    expect(await panel.locator('cite').textContent()).toBe('MDR Article 2(5)');
    expect(await panel.locator('blockquote').textContent()).toContain('totally introduced into the human body');
    await page.keyboard.press('Space');
    expect(await panel.isVisible()).toBe(false);
  });

  it('ends the check for a product that is not a device, with the reason', async () => {
    const page = await openPage(browser);
    await page.goto('/regulatory/assess?step=qualify');
    await page.locator('fieldset#qq-software input[value="yes"]').check();
    await page.locator('fieldset#qq-softwareRole input[value="independent"]').check();
    await page.locator('fieldset#qq-actionOnData input[value="no"]').check();
    await page.locator('#regulatory-outcome-title', { hasText: 'Not a medical device' }).waitFor();
    expect(await page.getByRole('button', { name: /Continue/ }).count()).toBe(0);
    expect(await page.locator('.regulatory-outcome').textContent()).toContain('The navigator ends here');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});

describe('saving, resuming and sharing', () => {
  it('saves the answers of a signed-in editor, resumes them, shares them read-only and makes a product', async () => {
    const page = await openPage(browser);
    await startDevice(page, 'MDR', 'Medical device (MDR)');
    await walk(page, HIP);
    await page.getByRole('button', { name: 'Show the result' }).click();
    // A visitor is asked to sign in; the way back keeps the answers.
    const signInLink = page.locator('.regulatory-actions a', { hasText: 'Sign in' });
    const next = new URL(await signInLink.getAttribute('href') ?? '', 'http://x').searchParams.get('next')!;
    expect(next).toContain('implantType=joint-replacement');
    await signInWithForm(page, EDITOR, next);
    await page.getByLabel('Name of the product').fill('Hip stem H1');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('.regulatory-actions [role="status"]', { hasText: 'Saved.' }).waitFor();
    const id = params(page).get('assessment');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    await page.goto('/regulatory');
    await page.getByRole('link', { name: 'Hip stem H1' }).click();
    await page.locator('fieldset#rq-implantType input[value="joint-replacement"]:checked').waitFor();
    expect(params(page).get('assessment')).toBe(id);
    expect(await liveClass(page)).toBe('Class III');

    await page.getByRole('button', { name: 'Show the result' }).click();
    await page.getByRole('button', { name: 'Share a read-only link' }).click();
    const link = await page.getByLabel('Read-only link').inputValue();
    expect(link).toMatch(/\/regulatory\/shared\/[A-Za-z0-9_-]{20,}$/);
    await page.getByRole('button', { name: 'Create product' }).click();
    await page.locator('.regulatory-actions [role="status"]', { hasText: 'The product is created.' }).waitFor();
    expect(await page.getByRole('link', { name: 'Open the product' }).getAttribute('href')).toMatch(/^\/products\/[0-9a-f-]{36}$/);

    const visitor = await openPage(browser, 'phone', 'da-DK');
    await visitor.goto(new URL(link).pathname);
    await visitor.locator('h1', { hasText: 'Hip stem H1' }).waitFor();
    expect(await visitor.locator('.regulatory-class-big').textContent()).toBe('III');
    expect(await visitor.locator('input[type="radio"]').count()).toBe(0);
    expect(await seriousAccessibilityViolations(visitor)).toEqual([]);
    await screenshot(visitor, 'regulatory-shared-da');
    await visitor.getByRole('link', { name: 'Start ud fra disse svar' }).click();
    await visitor.locator('fieldset#rq-implantType input[value="joint-replacement"]:checked').waitFor();
    expect(params(visitor).has('assessment')).toBe(false);
  });
});

describe('the navigator in German and Danish', () => {
  for (const [locale, lang, mdr, result] of [
    ['de-DE', 'de', 'Medizinprodukt (MDR)', 'Ergebnis anzeigen'],
    ['da-DK', 'da', 'Medicinsk udstyr (MDR)', 'Vis resultatet'],
  ] as const) {
    for (const width of ['phone', 'laptop'] as Width[]) {
      it(`walks the hip joint in ${lang} at ${width} width`, async () => {
        const page = await openPage(browser, width, locale);
        await page.goto('/regulatory');
        await page.getByRole('link', { name: mdr }).waitFor();
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await screenshot(page, `regulatory-start-${lang}`);
        await page.getByRole('link', { name: mdr }).click();
        await walk(page, { ...HIP, sterile: 'yes' });
        expect(await liveClass(page)).toBe('Klasse III');
        await page.locator('.regulatory-live [data-rule="8"]').waitFor();
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await screenshot(page, `regulatory-device-${lang}`);
        await page.getByRole('button', { name: result }).click();
        await page.locator('.regulatory-class-big').waitFor();
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await screenshot(page, `regulatory-result-${lang}`);
      });
    }
  }
});

describe('the engine\'s English texts', () => {
  const { reasons, texts, refs, profiles } = engineTexts();

  it('are all enumerated: every fixed sentence in the engine\'s sources is among the texts of the varied profiles', () => {
    const produced = new Set([...texts, ...[...reasons].flatMap((r) => r.split('; '))]);
    const literals = engineLiterals();
    expect(literals.length).toBeGreaterThan(200);
    expect(literals.filter((text) => !produced.has(text))).toEqual([]);
  });

  it('have a German and a Danish wording for every reason, route, consultation, obligation and plan item and why', () => {
    expect(profiles).toBeGreaterThan(5000);
    expect(texts).toContain('Applies to every device.');
    const missing: string[] = [];
    for (const lang of ['de', 'da'] as const) {
      for (const because of reasons) if (reasonText(lang, because).lang !== lang) missing.push(`${lang}: ${because}`);
      for (const text of texts) if (engineText(lang, text).lang !== lang) missing.push(`${lang}: ${text}`);
    }
    expect(missing).toEqual([]);
  });

  it('cite every rule, procedure, obligation and plan item by a German and a Danish reference', () => {
    expect(refs.size).toBeGreaterThan(150);
    const english = [...refs].flatMap((ref) => (['de', 'da'] as const).filter((lang) => citationRef(ref, lang).lang !== lang).map((lang) => `${lang}: ${ref}`));
    expect(english).toEqual([]);
    expect(citationRef('MDR Annex VIII, Rule 8, first paragraph, second indent', 'de').text).toBe('MDR Anhang VIII, Regel 8, erster Absatz, zweiter Spiegelstrich');
    expect(citationRef('MDR Art. 52(6), second subparagraph', 'da').text).toBe('MDR art. 52, stk. 6, andet afsnit');
    expect(citationRef('IVDR Annex VIII, Rule 1(a)', 'de').text).toBe('IVDR Anhang VIII, Regel 1 Buchst. a');
    expect(citationRef('MDCG 2019-11 §3.3, Figure 1, decision step 3', 'da')).toEqual({ text: 'MDCG 2019-11 §3.3, Figure 1, decision step 3', lang: 'en' });
  });

  it('compose the instructions-for-use particulars and the class into the German and Danish sentences', () => {
    const en = 'Applies to every device; for this device in particular (l) damaged sterile packaging; (h) the claimed accuracy.';
    expect(engineText('de', en).text).toBe('Gilt für jedes Produkt; für dieses Produkt insbesondere Buchst. l: beschädigte Sterilverpackung; Buchst. h: die angegebene Genauigkeit.');
    expect(engineText('da', 'Class IIb: a periodic safety update report (Art. 86), updated at least annually.').text)
      .toBe('Klasse IIb: en periodisk sikkerhedsopdateringsrapport (PSUR, art. 86), ajourført mindst én gang om året.');
    expect(engineText('de', 'Applies to every device; for this device in particular (zz) unknown.').lang).toBe('en');
  });
});
