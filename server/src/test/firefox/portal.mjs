// The portal in Firefox: the map and its search, a platform page with its plot and QC flags,
// hiding bad values, and a live value arriving over MQTT. Run by PortalFirefoxTest as
//   node portal.mjs BASE_URL ALPHA_THING ALPHA_TEMPERATURE ALPHA_COUNT THINGS FIREFOX LIVE_TIME
// Prints one line per check passed; exits with 1 and the reason at the first that fails.
import puppeteer from 'puppeteer-core';

const [base, alphaThing, alphaTemperature, alphaCountText, thingsText, firefox, liveTime] = process.argv.slice(2);
const alphaCount = Number(alphaCountText);
const things = Number(thingsText);
const bad = Math.floor(alphaCount / 50);

const browser = await puppeteer.launch({browser: 'firefox', executablePath: firefox, headless: true});
const page = await browser.newPage();
await page.setViewport({width: 1280, height: 1000});
const errors = [];
page.on('pageerror', e => errors.push(String(e)));

async function until(what, test, timeout = 30000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    try {
      last = await page.evaluate(test);
    } catch (e) {
      last = e.message; // not on the page yet
    }
    if (last === true) {
      return;
    }
    await new Promise(r => setTimeout(r, 100));
  }
  throw new Error(`${what}: not seen within ${timeout} ms (last: ${JSON.stringify(last)})`);
}

const plot = name => page.evaluate(n => document.getElementById('plot')?.getAttribute(n), name);
const points = async () => JSON.parse(await plot('data-points'));

try {
  console.log('browser ' + await browser.version());
  await page.goto(base + '/');
  await until('the platform count', `document.getElementById('count').textContent.includes(' of ${things}')`);
  await until('a marker per platform', `[...document.querySelectorAll('#map .leaflet-marker-icon')].reduce(
      (n, m) => n + (m.classList.contains('marker-cluster') ? parseInt(m.textContent, 10) : 1), 0) === ${things}`);
  console.log('map: ' + things + ' platforms marked');

  await page.type('#q-site', 'catania');
  await until('the search by site', `document.getElementById('count').textContent.startsWith('2 of ${things}')`);
  const found = await page.$$eval('#results a', as => as.map(a => a.textContent).sort());
  if (JSON.stringify(found) !== JSON.stringify(['Station Delta', 'Station Gamma'])) {
    throw new Error('search by site found ' + JSON.stringify(found));
  }
  console.log('search: ' + found.join(', '));

  await page.goto(base + '/#/things/' + alphaThing);
  await until('two plotted series', `document.getElementById('plot')?.getAttribute('data-series') === '2'`);
  if (await page.$('#plot canvas') === null) {
    throw new Error('no canvas in the plot');
  }
  const shown = await points();
  if (shown[0] !== alphaCount || shown[1] !== alphaCount) {
    throw new Error('plotted points ' + JSON.stringify(shown) + ', expected ' + alphaCount + ' each');
  }
  if (Number(await plot('data-bad')) !== bad) {
    throw new Error('bad values shown: ' + await plot('data-bad') + ', expected ' + bad);
  }
  console.log('plot: ' + JSON.stringify(shown) + ' points, ' + bad + ' flagged bad');

  await page.click('#hide-bad');
  await until('bad values hidden', `document.getElementById('plot')?.getAttribute('data-bad') === '0'`);
  if ((await points())[0] !== alphaCount - bad) {
    throw new Error('after hiding bad values ' + JSON.stringify(await points()));
  }
  await page.click('#hide-bad');
  await until('bad values back', `document.getElementById('plot')?.getAttribute('data-bad') === '${bad}'`);
  console.log('hide bad: ' + (alphaCount - bad) + ' points without them');

  await until('the live subscription', `document.getElementById('live-state')?.getAttribute('data-state') === 'subscribed'`);
  const posted = await fetch(`${base}/v1.1/Datastreams(${alphaTemperature})/Observations`, {method: 'POST',
    headers: {'Content-Type': 'application/json'}, body: JSON.stringify({phenomenonTime: liveTime, result: 18.5})});
  if (posted.status !== 201) {
    throw new Error('POST of the live observation answered ' + posted.status);
  }
  await until('the live value on the plot', `document.getElementById('plot')?.getAttribute('data-live') === '1'`);
  await until('the latest value', `document.getElementById('latest-${alphaTemperature}')?.textContent.startsWith('18.5')`);
  if ((await points())[0] !== alphaCount + 1) {
    throw new Error('after the live value ' + JSON.stringify(await points()));
  }
  console.log('live: the new observation is on the plot');
  if (errors.length > 0) {
    throw new Error('script errors on the page: ' + errors.join('; '));
  }
} catch (e) {
  console.log('FAILED ' + e.message);
  process.exitCode = 1;
} finally {
  await browser.close();
}
