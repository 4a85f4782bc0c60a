// Runs Lighthouse on /login (signed out) and /today (signed in) in one Chromium, so the second run keeps
// the session cookie: Lighthouse's own recipe for pages behind a log-in. Called by scores.sh.
import { createRequire } from 'node:module';

const [cache, base, user, password, chrome] = process.argv.slice(2);
const require = createRequire(cache + '/package.json');
const lighthouse = (await import(require.resolve('lighthouse'))).default;
const puppeteer = (await import(require.resolve('puppeteer-core'))).default;

const browser = await puppeteer.launch({
    executablePath: chrome,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run'],
});
const flags = {
    port: Number(new URL(browser.wsEndpoint()).port),
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['accessibility', 'best-practices'],
    // keep the session cookie between the runs
    disableStorageReset: true,
};

async function scores(path) {
    const page = await browser.newPage();
    const result = await lighthouse(base + path, flags, undefined, page);
    await page.close();
    const categories = result.lhr.categories;
    const failing = Object.values(result.lhr.audits)
        .filter(audit => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
        .map(audit => audit.id);
    console.log(`${path.padEnd(8)} accessibility ${Math.round(categories.accessibility.score * 100)}`
        + `  best-practices ${Math.round(categories['best-practices'].score * 100)}`
        + (failing.length ? `  (below full marks: ${failing.join(', ')})` : ''));
    // Where the accessibility audits failed, so the figure leads somewhere
    for (const ref of categories.accessibility.auditRefs) {
        const audit = result.lhr.audits[ref.id];
        if (audit.score !== null && audit.score < 1) {
            const items = audit.details?.items ?? [];
            for (const item of items.slice(0, 3)) {
                console.log(`         ${ref.id}: ${item.node?.selector ?? ''} ${item.node?.snippet ?? ''}`.slice(0, 200));
            }
        }
    }
}

try {
    await scores('/login');

    const page = await browser.newPage();
    await page.goto(base + '/login', { waitUntil: 'networkidle0' });
    await page.waitForSelector('input[name="username"]');
    await page.type('input[name="username"]', user);
    await page.type('input[name="password"]', password);
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.keyboard.press('Enter')]);
    if (!page.url().includes('/today')) {
        throw new Error(`Signing in as ${user} did not reach /today (it reached ${page.url()})`);
    }
    await page.close();

    await scores('/today');
} finally {
    await browser.close();
}
