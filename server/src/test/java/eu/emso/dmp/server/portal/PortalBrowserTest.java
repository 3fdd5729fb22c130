package eu.emso.dmp.server.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.json.Json;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The portal in a real browser (headless Chromium) against a server with four platforms: the
 * map, its search, a platform page with its plot, QC flags, downloads and live values, and
 * keyboard navigation. Skipped when Chromium or its driver is not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalBrowserTest {
    static final Path SHOTS = Path.of("target", "portal-screenshots");
    private static PortalServer server;
    private static DemoLikeData data;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "browser tests skipped: install chromium and chromium-driver");
        server = PortalServer.start();
        data = DemoLikeData.load(server);
        browser = Browser.start();
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private static void shot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), browser.driver.getScreenshotAs(OutputType.BYTES));
    }

    private static void openMap() {
        browser.driver.get(server.url() + "/");
        browser.waitFor(d -> d.findElement(By.id("count")).getText().contains(" of " + DemoLikeData.THINGS));
    }

    /** Markers on the map, a cluster counting as the number of Things it holds. */
    private static long markedThings() {
        return ((Number) browser.js("return [...document.querySelectorAll('#map .leaflet-marker-icon')].reduce("
                + "(n, m) => n + (m.classList.contains('marker-cluster') ? parseInt(m.textContent, 10) : 1), 0);"))
                .longValue();
    }

    private static void search(String field, String text) {
        WebElement input = browser.driver.findElement(By.id(field));
        input.clear();
        input.sendKeys(text);
    }

    private static long count(String filter) {
        return server.json("/v1.1/Datastreams(" + data.alphaTemperature + ")/Observations?$count=true&$top=0&$filter="
                + PortalServer.encode(filter)).path("@iot.count").asLong();
    }

    private static List<Integer> plottedPoints() throws IOException {
        List<Integer> out = new ArrayList<>();
        Json.mapper().readTree(browser.driver.findElement(By.id("plot")).getAttribute("data-points"))
                .forEach(p -> out.add(p.asInt()));
        return out;
    }

    private static String plot(String attribute) {
        return browser.driver.findElement(By.id("plot")).getAttribute(attribute);
    }

    @Test
    @Order(1)
    void theMapShowsEveryThingAndTheSearchNarrowsIt() throws IOException {
        openMap();
        long things = server.json("/v1.1/Things?$count=true&$top=0").path("@iot.count").asLong();
        assertThat(things).isEqualTo(DemoLikeData.THINGS);
        browser.waitFor(d -> markedThings() == things);
        assertThat(browser.driver.findElements(By.cssSelector("#results a"))).hasSize(DemoLikeData.THINGS);
        Object rendered = browser.js("const m = performance.getEntriesByName('portal-map-rendered')[0];"
                + "return m ? m.startTime : null;");
        openMap();
        browser.waitFor(d -> markedThings() == things);
        Object again = browser.js("return performance.getEntriesByName('portal-map-rendered')[0].startTime;");
        Object parts = browser.js("const n = performance.getEntriesByType('navigation')[0];"
                + "const t = performance.getEntriesByType('resource').find(r => r.name.includes('/v1.1/Things'));"
                + "return 'DOMContentLoaded ' + Math.round(n.domContentLoadedEventEnd) + ' ms, Things request '"
                + "+ Math.round(t.responseEnd - t.startTime) + ' ms';");
        String report = String.format("map rendered %s ms after navigation start on the server's first request, "
                + "%s ms on the next load (%s)", rendered, again, parts);
        System.out.println("portal: " + report);
        Files.writeString(Path.of("target", "portal-first-render.txt"), report);
        shot("map");

        search("q-site", "catania");
        browser.waitFor(d -> d.findElement(By.id("count")).getText().startsWith("2 of 4"));
        assertThat(markedThings()).isEqualTo(2);
        assertThat(browser.driver.findElements(By.cssSelector("#results a"))).extracting(WebElement::getText)
                .containsExactlyInAnyOrder("Station Gamma", "Station Delta");

        browser.driver.findElement(By.cssSelector("#search button[type=reset]")).click();
        search("q-variable", "TEMP");
        browser.waitFor(d -> d.findElement(By.id("count")).getText().startsWith("1 of 4"));
        assertThat(browser.driver.findElements(By.cssSelector("#results a"))).extracting(WebElement::getText)
                .containsExactly("Buoy Alpha");

        browser.driver.findElement(By.cssSelector("#search button[type=reset]")).click();
        search("q-name", "buoy");
        browser.waitFor(d -> d.findElement(By.id("count")).getText().startsWith("2 of 4"));
        browser.js("const f = document.getElementById('q-from'); f.value = '2014-01-01';"
                + "f.dispatchEvent(new Event('input', {bubbles: true}));");
        browser.waitFor(d -> d.findElement(By.id("count")).getText().startsWith("1 of 4"));
        assertThat(markedThings()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void theKeyboardReachesTheSearchBoxAndThePlatformLinks() {
        openMap();
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 60 && reached.stream().noneMatch(r -> r.startsWith("#/things/")); i++) {
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            reached.add(String.valueOf(browser.js("const a = document.activeElement;"
                    + "return a.id || a.getAttribute('href') || a.tagName;")));
        }
        assertThat(reached).contains("q-name", "q-site", "q-variable");
        assertThat(reached.get(reached.size() - 1)).startsWith("#/things/");
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        browser.waitFor(d -> d.getCurrentUrl().contains("#/things/"));
        browser.waitFor(d -> d.findElement(By.id("platform-title")).isDisplayed());
    }

    @Test
    @Order(3)
    void aPlatformPageListsItsDatastreamsAndPlotsThem() throws IOException {
        browser.driver.get(server.url() + "/#/things/" + data.alphaThing);
        browser.waitFor(d -> "2".equals(plot("data-series")));
        assertThat(browser.driver.findElements(By.cssSelector("#datastreams tbody tr"))).extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t).contains("Alpha temperature").contains("degC"))
                .anySatisfy(t -> assertThat(t).contains("Alpha salinity").contains("PSU"));
        assertThat(browser.driver.findElement(By.cssSelector("#datastreams a[href*='P02/current/TEMP']")).getText())
                .isEqualTo("TEMP");
        assertThat(browser.driver.findElements(By.cssSelector("#plot canvas"))).isNotEmpty();
        assertThat(plottedPoints()).containsExactly(DemoLikeData.ALPHA_COUNT, DemoLikeData.ALPHA_COUNT);
        assertThat(Integer.parseInt(plot("data-bad"))).isEqualTo(DemoLikeData.ALPHA_COUNT / 50);
        assertThat(browser.driver.findElement(By.id("machine-links")).getText())
                .contains("/v1.1/Things(" + data.alphaThing + ")", "/sos/service?", "/ogcapi/collections/");
        shot("platform");

        browser.driver.findElement(By.id("zoom-in")).click();
        browser.driver.findElement(By.id("zoom-in")).click();
        long quarter = 600L * (DemoLikeData.ALPHA_COUNT - 1) / 4;
        browser.waitFor(d -> Math.abs(Instant.parse(plot("data-to")).getEpochSecond()
                - Instant.parse(plot("data-from")).getEpochSecond() - quarter) <= 1);
        String filter = "phenomenonTime ge " + plot("data-from") + " and phenomenonTime le " + plot("data-to");
        assertThat(plottedPoints().get(0)).isEqualTo((int) count(filter));
        assertThat(plottedPoints().get(0)).isBetween(100, 200);
    }

    @Test
    @Order(4)
    void hidingBadValuesRemovesThemFromThePlot() throws IOException {
        browser.driver.findElement(By.id("whole")).click();
        browser.waitFor(d -> {
            try {
                return plottedPoints().get(0) == DemoLikeData.ALPHA_COUNT;
            } catch (IOException e) {
                return false;
            }
        });
        browser.driver.findElement(By.id("hide-bad")).click();
        browser.waitFor(d -> "0".equals(plot("data-bad")));
        assertThat(plottedPoints().get(0)).isEqualTo(DemoLikeData.ALPHA_COUNT - DemoLikeData.ALPHA_COUNT / 50);
        browser.driver.findElement(By.id("hide-bad")).click();
        browser.waitFor(d -> String.valueOf(DemoLikeData.ALPHA_COUNT / 50).equals(plot("data-bad")));
    }

    @Test
    @Order(5)
    void theDownloadLinkReturnsTheRowsShownAsCsv() {
        WebElement link = browser.driver.findElement(By.cssSelector("#downloads a.csv"));
        HttpResponse<String> csv = server.get(link.getAttribute("href"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).contains("phenomenonTime").contains("result");
        String filter = "phenomenonTime ge " + plot("data-from") + " and phenomenonTime le " + plot("data-to");
        assertThat(lines).hasSize((int) count(filter) + 1);
        assertThat(browser.driver.findElements(By.cssSelector("#downloads a[href^='/exports/netcdf?datastreams=']")))
                .hasSize(1);
    }

    @Test
    @Order(6)
    void aNewObservationAppearsOnTheOpenPlot() throws IOException {
        browser.waitFor(d -> "subscribed".equals(d.findElement(By.id("live-state")).getAttribute("data-state")));
        int before = plottedPoints().get(0);
        Instant after = DemoLikeData.START.plusSeconds(600L * DemoLikeData.ALPHA_COUNT);
        server.post("Datastreams(" + data.alphaTemperature + ")/Observations",
                "{\"phenomenonTime\":\"" + after + "\",\"result\":18.5}");
        browser.waitFor(d -> "1".equals(plot("data-live")));
        assertThat(plottedPoints().get(0)).isEqualTo(before + 1);
        assertThat(browser.driver.findElement(By.id("latest-" + data.alphaTemperature)).getText()).startsWith("18.5");
        shot("live");
    }
}
