package org.habeas.custody.web;

import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.Person;
import org.habeas.custody.RecordPanels;
import org.habeas.custody.RecordView;
import org.habeas.custody.TimelineEntry;
import org.habeas.ledger.MerkleLog;
import org.habeas.ledger.PrintedReceipts;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.Problem;
import org.habeas.system.PublicAddress;
import org.habeas.system.QrSvg;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The detained person's own copy of their custody record (PACE Code C 2.4A; issue 19), {@code
 * /custody/{id}/copy}: every event as the person may read it, in their language, each with the QR
 * code of the public check of its receipt ({@code /ledger/receipt}), which carries no personal
 * data. Printed by the custody officer of the holding facility (on release, and on request while
 * held) or by the person's lawyer; who may is decided by {@link CustodyRecords#copy}.
 *
 * <p>The copy's language is the person's (when the record gives one of kk, ru, en), else the
 * viewer's, or the one asked for with {@code ?lang=}; it is the copy's only, never saved as the
 * viewer's own choice (the language switch is not run here), so the page is rendered with a view
 * resolved for that language.
 */
@Controller
class CopyPages {

  static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");

  /**
   * One event on the copy.
   *
   * @param qr the SVG of the check's QR code, or null while the receipt is pending
   * @param url the check's address, or null while pending
   */
  record CopyLine(TimelineEntry entry, @Nullable String qr, @Nullable String url) {}

  private final CustodyRecords records;
  // What other modules add to the copy (who asked the lookup where the person is), in their order.
  private final ObjectProvider<RecordPanels> panels;
  private final MerkleLog ledger;
  private final Facilities facilities;
  private final JsonMapper json;
  private final ThymeleafViewResolver views;
  private final MessageSource messages;
  private final Clock clock;
  private final String base;

  CopyPages(
      CustodyRecords records,
      ObjectProvider<RecordPanels> panels,
      MerkleLog ledger,
      Facilities facilities,
      JsonMapper json,
      ThymeleafViewResolver views,
      MessageSource messages,
      Clock clock,
      PublicAddress address) {
    this.records = records;
    this.panels = panels;
    this.ledger = ledger;
    this.facilities = facilities;
    this.json = json;
    this.views = views;
    this.messages = messages;
    this.clock = clock;
    this.base = address.baseUrl().replaceAll("/+$", "");
  }

  @GetMapping("/custody/{id}/copy")
  ModelAndView copy(
      Actor me,
      @PathVariable String id,
      @RequestParam(name = "lang", required = false) @Nullable String lang)
      throws Exception {
    if (lang != null && !LANGUAGES.contains(lang)) {
      throw Problem.badField("lang", "custody.copy.badLanguage");
    }
    var view = records.copy(me, id);
    var locale = Locale.forLanguageTag(lang != null ? lang : language(view.person()));
    // The copy's language for what the page formats itself (dates, through Formats), for this
    // request only.
    LocaleContextHolder.setLocale(locale);
    var receipts = ledger.printedReceipts(id);
    var mav = new ModelAndView(resolved(locale));
    mav.addObject("me", me);
    mav.addObject("view", view);
    mav.addObject("zone", view.facility().zone());
    mav.addObject("details", EventDetails.of(view, json, this::facilityName));
    mav.addObject("lines", lines(view, receipts, locale));
    mav.addObject("receipts", receipts);
    mav.addObject("pending", view.events().size() - receipts.bySeq().size());
    mav.addObject("printedAt", clock.instant());
    mav.addObject(
        "panels",
        panels.orderedStream().flatMap(p -> p.onCopy(me, view, clock.instant()).stream()).toList());
    mav.addObject("checkAddress", base + "/ledger");
    mav.addObject("copyLanguage", locale.getLanguage());
    mav.addObject(
        "personLanguage",
        view.person() == null ? null : PersonNames.language(view.person().language(), locale));
    return mav;
  }

  private View resolved(Locale locale) throws Exception {
    return Objects.requireNonNull(views.resolveViewName("custody/copy", locale));
  }

  /** The person's language if the copy can be printed in it, else the viewer's. */
  private static String language(@Nullable Person person) {
    var theirs = person == null ? null : person.language();
    if (theirs != null) {
      var code =
          switch (theirs.strip().toLowerCase(Locale.ROOT)) {
            case "kaz", "kazakh" -> "kk";
            case "rus", "russian" -> "ru";
            case "eng", "english" -> "en";
            default -> Locale.forLanguageTag(theirs.strip()).getLanguage();
          };
      if (LANGUAGES.contains(code)) {
        return code;
      }
    }
    var viewer = LocaleContextHolder.getLocale().getLanguage();
    return LANGUAGES.contains(viewer) ? viewer : "en";
  }

  private List<CopyLine> lines(RecordView view, PrintedReceipts receipts, Locale locale) {
    return view.events().stream()
        .map(
            e -> {
              int seq = e.stored().seq();
              var printed = receipts.bySeq().get(seq);
              if (printed == null) {
                return new CopyLine(e, null, null);
              }
              var url =
                  base
                      + "/ledger/receipt?r="
                      + view.id()
                      + "&s="
                      + seq
                      + "&i="
                      + printed.leafIndex()
                      + "&h="
                      + Base64.getUrlEncoder().withoutPadding().encodeToString(printed.leafHash())
                      + "&n="
                      + receipts.events()
                      + "&t="
                      + receipts.treeSize();
              var label = messages.getMessage("custody.copy.scan", new Object[] {seq}, locale);
              return new CopyLine(e, QrSvg.svg(url, label), url);
            })
        .toList();
  }

  private String facilityName(String id) {
    return facilities.find(id).map(Facility::name).orElse(id);
  }
}
