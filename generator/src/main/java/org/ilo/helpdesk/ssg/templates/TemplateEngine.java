package org.ilo.helpdesk.ssg.templates;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import org.ilo.helpdesk.ssg.diagnostics.Diagnostics;
import org.ilo.helpdesk.ssg.diagnostics.SourcePosition;

/**
 * Compiles the theme's Mustache layouts and partials once, resolving every name through the theme
 * (site files first, then the built-in theme), and renders views with them.
 */
public final class TemplateEngine {

    private final Theme theme;
    private final DefaultMustacheFactory factory;
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    public TemplateEngine(Theme theme) {
        this.theme = theme;
        MustacheResolver resolver = name -> {
            try {
                Optional<String> text = theme.readText(name.startsWith("/") ? name.substring(1) : name);
                return text.<Reader>map(StringReader::new).orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        this.factory = new DefaultMustacheFactory(resolver);
    }

    /** Compiles {@code layouts/<name>.mustache}; a missing or broken template is reported, not thrown. */
    public Optional<Mustache> layout(String name, Diagnostics diagnostics) {
        String path = "layouts/" + name + ".mustache";
        Mustache existing = compiled.get(path);
        if (existing != null) {
            return Optional.of(existing);
        }
        try {
            if (theme.readText(path).isEmpty()) {
                diagnostics.error("theme.missing-template", SourcePosition.of(Path.of("themes", theme.name(), path)),
                        "the theme has no layout '" + path + "'", "add it to themes/" + theme.name() + "/layouts/");
                return Optional.empty();
            }
            Mustache mustache = factory.compile(path);
            compiled.put(path, mustache);
            return Optional.of(mustache);
        } catch (MustacheException e) {
            diagnostics.error("theme.template", SourcePosition.of(Path.of(theme.describe(path))),
                    "template does not compile: " + e.getMessage(), "check that every {{#section}} is closed by {{/section}}");
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Renders a view; a template that names a missing partial or fails while running is reported as a
     * {@link TemplateFailure} naming the template, not as a bare stack trace.
     */
    public String render(Mustache mustache, Object view) {
        TextWriter out = new TextWriter();
        try {
            mustache.execute(out, view);
        } catch (MustacheException | NullPointerException e) {
            throw new TemplateFailure(mustache.getName(), e);
        }
        return out.toString();
    }

    /**
     * A writer into a StringBuilder: a StringWriter appends to a synchronised StringBuffer, and a page
     * is written in thousands of small pieces by one thread only. Starts at the size of a typical page.
     */
    private static final class TextWriter extends java.io.Writer {
        private final StringBuilder text = new StringBuilder(16 * 1024);

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) {
            text.append(string, offset, offset + length);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public java.io.Writer append(CharSequence chars) {
            text.append(chars);
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** A layout failed while rendering: usually a partial that the theme does not have. */
    public static final class TemplateFailure extends RuntimeException {
        private final String template;

        TemplateFailure(String template, RuntimeException cause) {
            super(cause.getMessage(), cause);
            this.template = template;
        }

        public String template() {
            return template;
        }
    }
}
