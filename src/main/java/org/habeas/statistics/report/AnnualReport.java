package org.habeas.statistics.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.habeas.statistics.StatisticsFilter;
import org.habeas.statistics.readmodel.Dashboards;
import org.habeas.statistics.view.PanelBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the annual report: the summary, every figure of the year with its chart and table, and
 * the year set beside the year before. HTML from the Thymeleaf template {@code
 * statistics/report.html}, laid out as PDF by openhtmltopdf with the SVG charts drawn by Batik,
 * DejaVu Sans (regular and bold) embedded.
 */
@Component
public class AnnualReport {

  static final String FONT = "DejaVu Sans";

  private final Dashboards dashboards;
  private final PanelBuilder panels;
  private final ITemplateEngine templates;
  private final Clock clock;

  AnnualReport(Dashboards dashboards, PanelBuilder panels, ITemplateEngine templates, Clock clock) {
    this.dashboards = dashboards;
    this.panels = panels;
    this.templates = templates;
    this.clock = clock;
  }

  /** The report's HTML (XHTML, as the PDF renderer reads it). */
  public String html(int year, Locale locale, IntConsumer progress) {
    var figures =
        dashboards.figures(StatisticsFilter.year(year).inJurisdiction(StatisticsFilter.HOME));
    progress.accept(20);
    var before =
        dashboards.read(StatisticsFilter.year(year - 1).inJurisdiction(StatisticsFilter.HOME));
    progress.accept(35);
    var context = new Context(locale);
    context.setVariable("year", year);
    context.setVariable("summary", panels.summary(figures, locale));
    context.setVariable(
        "summaryText",
        panels.msg(
            locale,
            "stats.report.summaryText",
            year,
            figures.totals().records(),
            panels.duration(figures.lawyer().median(), locale),
            panels.duration(figures.judge().median(), locale),
            figures.totals().questioningsNight()));
    context.setVariable("panels", panels.dashboard(figures, locale, "detentions", true));
    context.setVariable("comparison", panels.comparison(figures, before, locale));
    context.setVariable(
        "generatedAt",
        DateTimeFormatter.ISO_LOCAL_DATE.format(clock.instant().atZone(ZoneOffset.UTC)));
    progress.accept(50);
    return templates.process("statistics/report", context);
  }

  /** The report as PDF bytes. */
  public byte[] pdf(int year, Locale locale, IntConsumer progress) {
    var html = html(year, locale, progress);
    progress.accept(60);
    var out = new ByteArrayOutputStream();
    try {
      var builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useFont(
          () -> font("DejaVuSans.ttf"), FONT, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
      builder.useFont(
          () -> font("DejaVuSans-Bold.ttf"), FONT, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
      builder.useSVGDrawer(new BatikSVGDrawer());
      builder.withHtmlContent(html, "classpath:/");
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    progress.accept(100);
    return out.toByteArray();
  }

  private static InputStream font(String file) {
    var in = AnnualReport.class.getResourceAsStream("/fonts/" + file);
    if (in == null) {
      throw new IllegalStateException("font " + file + " is missing from the application");
    }
    return in;
  }
}
