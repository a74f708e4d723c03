package org.ilo.helpdesk.ssg.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ilo.helpdesk.ssg.diagnostics.SourcePosition;
import org.ilo.helpdesk.ssg.templates.Theme;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateLocatorTest {

    @TempDir
    Path themes;

    private TemplateLocator locator;
    private Path layouts;

    @BeforeEach
    void writeTheme() throws IOException {
        layouts = Files.createDirectories(themes.resolve("plain/layouts"));
        Files.writeString(layouts.resolve("_base.mustache"), """
                <!DOCTYPE html>
                <html lang="{{lang}}">
                <body>
                <nav class="site-menu"><a href="/">Home</a> <a href="/about/">About</a></nav>
                {{$main}}{{/main}}
                </body>
                </html>
                """);
        Files.writeString(layouts.resolve("page.mustache"), """
                {{<_base}}{{$main}}
                <main>
                  <h2>{{title}}</h2>
                  <img src="{{image}}">
                </main>
                {{/main}}{{/_base}}
                """);
        locator = new TemplateLocator(new Theme("plain", themes));
    }

    private static final Document PAGE = Jsoup.parse("""
            <!DOCTYPE html><html lang="en"><body>
            <nav class="site-menu"><a href="/">Home</a> <a href="/about/">About</a></nav>
            <main><h2>Working time</h2><img src="chart.png"></main>
            </body></html>""");

    @Test
    void anElementWithAClassIsFoundByItsClassInTheBaseLayout() {
        SourcePosition found = locator.locate("page", PAGE.selectFirst("nav"));
        assertEquals(new SourcePosition(layouts.resolve("_base.mustache"), 4, 1), found);
    }

    @Test
    void anElementWithoutClassOrIdIsFoundByItsTagWhenTheTemplatesWriteThatTagOnce() {
        assertEquals(new SourcePosition(layouts.resolve("page.mustache"), 3, 3), locator.locate("page", PAGE.selectFirst("h2")));
        assertEquals(new SourcePosition(layouts.resolve("page.mustache"), 4, 3), locator.locate("page", PAGE.selectFirst("img")));
    }

    @Test
    void aTagTheTemplatesWriteMoreThanOnceNamesOnlyTheLayout() {
        SourcePosition found = locator.locate("page", PAGE.select("a").last());
        assertEquals(SourcePosition.of(layouts.resolve("page.mustache")), found);
    }
}
