package dev.attune.render;

import dev.attune.model.Html;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;

/**
 * Hands {@link Html} values to templates as markup, so {@code ${part.html}} inserts rendered
 * Markdown as is while every other string is escaped.
 */
final class HtmlAwareWrapper extends DefaultObjectWrapper {
  HtmlAwareWrapper(Version version) {
    super(version);
  }

  @Override
  public TemplateModel wrap(Object object) throws TemplateModelException {
    if (object instanceof Html html) {
      return HTMLOutputFormat.INSTANCE.fromMarkup(html.value());
    }
    return super.wrap(object);
  }
}
