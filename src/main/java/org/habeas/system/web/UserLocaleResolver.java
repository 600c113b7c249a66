package org.habeas.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.habeas.system.CurrentActor;
import org.habeas.system.Users;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Chooses the language: on pages the user's saved choice (then the browser's); on the API the
 * request's Accept-Language (then the user's choice). A {@code ?lang=} switch is saved for the
 * user.
 */
class UserLocaleResolver implements LocaleResolver {

  static final String SESSION_KEY = UserLocaleResolver.class.getName() + ".locale";
  private static final List<Locale> SUPPORTED =
      Users.LANGUAGES.stream().map(Locale::forLanguageTag).toList();

  private final CurrentActor actors;
  private final Users users;

  UserLocaleResolver(CurrentActor actors, Users users) {
    this.actors = actors;
    this.users = users;
  }

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    if (request.getAttribute(SESSION_KEY) instanceof Locale l) {
      return l;
    }
    var fromHeader = fromHeader(request);
    if (request.getRequestURI().startsWith("/api/") && fromHeader != null) {
      return fromHeader;
    }
    var session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_KEY) instanceof Locale l) {
      return l;
    }
    var saved = actors.get().map(a -> Locale.forLanguageTag(a.language()));
    if (saved.isPresent()) {
      if (session != null) {
        session.setAttribute(SESSION_KEY, saved.get());
      }
      return saved.get();
    }
    return fromHeader != null ? fromHeader : Locale.ENGLISH;
  }

  @Override
  public void setLocale(
      HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
    if (locale == null || !SUPPORTED.contains(Locale.forLanguageTag(locale.getLanguage()))) {
      return;
    }
    var chosen = Locale.forLanguageTag(locale.getLanguage());
    request.setAttribute(SESSION_KEY, chosen);
    if (request.getRequestURI().startsWith("/api/")) {
      return; // the API is stateless: ?lang= holds for this request only
    }
    request.getSession(true).setAttribute(SESSION_KEY, chosen);
    actors.get().ifPresent(a -> users.setLanguage(a.username(), chosen.getLanguage()));
  }

  private static @Nullable Locale fromHeader(HttpServletRequest request) {
    var header = request.getHeader("Accept-Language");
    if (header == null || header.isBlank()) {
      return null;
    }
    try {
      return Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
