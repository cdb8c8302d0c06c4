package dev.attune.render;

import dev.attune.diagnostics.Code;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.diagnostics.Position;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * FreeMarker set up for course templates: HTML auto-escaping, strict errors, and nothing that
 * depends on the machine (locale, time zone), so that output is the same everywhere. Templates
 * are parsed once and kept: a theme whose files change needs a new instance (the preview makes
 * one when the theme's files differ).
 */
public final class Templates {
  private final Configuration configuration;
  private final Theme theme;

  public Templates(Theme theme) throws IOException {
    this.theme = theme;
    configuration = new Configuration(Configuration.VERSION_2_3_34);
    configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    configuration.setTemplateLoader(theme.templateLoader());
    configuration.setObjectWrapper(new HtmlAwareWrapper(Configuration.VERSION_2_3_34));
    configuration.setDefaultEncoding("UTF-8");
    configuration.setOutputEncoding("UTF-8");
    configuration.setLocale(Locale.ROOT);
    configuration.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
    configuration.setNumberFormat("computer");
    configuration.setBooleanFormat("c");
    configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    configuration.setLogTemplateExceptions(false);
    configuration.setWrapUncheckedExceptions(true);
    configuration.setFallbackOnNullLoopVariable(false);
    configuration.setAPIBuiltinEnabled(false);
  }

  /** Renders {@code name} with {@code model}; a template mistake is reported and gives empty. Safe from any thread. */
  Optional<String> render(String name, Map<String, Object> model, Diagnostics diagnostics) {
    try {
      Template template = configuration.getTemplate(name);
      StringWriter out = new StringWriter();
      template.process(model, out);
      return Optional.of(out.toString());
    } catch (TemplateNotFoundException e) {
      diagnostics.error(Code.TEMPLATE_MISSING, theme.describe(name), Position.FILE, "template '" + name + "' not found", "every theme needs it; copy it from Attune's templates/ folder");
    } catch (ParseException e) {
      diagnostics.error(Code.TEMPLATE_SYNTAX, theme.describe(e.getTemplateName() == null ? name : e.getTemplateName()), new Position(e.getLineNumber(), e.getColumnNumber()),
          "template syntax: " + firstLine(e.getEditorMessage()),
          "fix the template at this line; docs/templates.md shows what a template sees, and Attune's templates/ folder has the built-in ones to start from");
    } catch (InvalidReferenceException e) {
      String source = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
      Integer line = e.getLineNumber();
      Integer column = e.getColumnNumber();
      diagnostics.error(Code.TEMPLATE_VALUE_MISSING, theme.describe(source), new Position(line == null ? 0 : line, column == null ? 0 : column),
          "template failed: '" + e.getBlamedExpressionString() + "' is missing (null or not defined)",
          "check the name against docs/templates.md; use ${x!} or <#if x??> for values that may be absent");
    } catch (TemplateException e) {
      String source = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
      Integer line = e.getLineNumber();
      Integer column = e.getColumnNumber();
      Position at = new Position(line == null ? 0 : line, column == null ? 0 : column);
      Optional<TemplateNotFoundException> missing = notFound(e);
      if (missing.isPresent()) {
        diagnostics.error(Code.TEMPLATE_MISSING, theme.describe(source), at, "template '" + missing.get().getTemplateName() + "' not found",
            "check the name in the #include or #import: it is looked up in the course's templates folder, then in the built-in theme");
      } else {
        diagnostics.error(Code.TEMPLATE_FAILED, theme.describe(source), at, "template failed: " + firstLine(e.getMessageWithoutStackTop()),
            "fix the template at this line, or start again from the built-in one in Attune's templates/ folder");
      }
    } catch (IOException e) {
      diagnostics.error(Code.THEME_UNREADABLE, theme.describe(name), Position.FILE, "cannot read template: " + e.getMessage(),
          "check that the templates folder and its files exist and are readable");
    } catch (StackOverflowError e) {
      // FreeMarker recurses for each macro call, #include and nested directive, with no limit of
      // its own, so a template that calls itself without end overflows the stack. Only this
      // page's run is lost, and it is thrown away whole; the error is the template's author's.
      diagnostics.error(Code.TEMPLATE_RECURSION, theme.describe(name), Position.FILE, "template failed: it calls itself without end, or nests too deeply",
          "check the course's templates for a macro, function or #include that calls itself with nothing to stop it");
    }
    return Optional.empty();
  }

  /** The template an #include or #import did not find, when that is why {@code e} was thrown. */
  private static Optional<TemplateNotFoundException> notFound(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof TemplateNotFoundException missing) {
        return Optional.of(missing);
      }
    }
    return Optional.empty();
  }

  private static String firstLine(String message) {
    String text = message == null ? "" : message.strip();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline).strip();
  }
}
