package org.habeas.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.habeas.system.Actor;
import org.habeas.system.CurrentActor;
import org.habeas.system.Users;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Languages and the {@link Actor} controller parameter. */
@Configuration
class WebConfig implements WebMvcConfigurer {

  private final CurrentActor actors;

  WebConfig(CurrentActor actors) {
    this.actors = actors;
  }

  @Bean
  LocaleResolver localeResolver(Users users) {
    return new UserLocaleResolver(actors, users);
  }

  /**
   * No link rewriting for static resources. Spring Boot turns the resource chain on because the
   * webjars locator is present, and with it a filter that sends every link a page builds
   * ({@code @{/custody/...}}) through the resource resolvers, which search the class path for it:
   * 80 % of the custody board's time under load (JFR, docs/performance.md). Nothing needs the
   * rewriting: the webjar links carry no version and the resource handler still resolves them on
   * request.
   */
  @Bean
  FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlEncoding() {
    var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
    registration.setEnabled(false);
    return registration;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    var change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    // The detainee's copy takes ?lang= for the copy only, not as the viewer's own choice.
    registry.addInterceptor(change).excludePathPatterns("/custody/*/copy");
    registry.addInterceptor(
        new HandlerInterceptor() {
          @Override
          public void postHandle(
              HttpServletRequest request,
              HttpServletResponse response,
              Object handler,
              @Nullable ModelAndView mav) {
            // What every page's layout needs; only when a page is rendered, not on the JSON API.
            if (mav != null
                && mav.getViewName() != null
                && !mav.getViewName().startsWith("redirect:")) {
              actors.get().ifPresent(me -> mav.addObject("me", me));
              mav.addObject("languages", Users.LANGUAGES);
              if (!mav.getModel().containsKey("here")) {
                mav.addObject("here", here(request));
              }
            }
          }
        });
  }

  /** Where a language switch returns to: this page for a GET, else the start page. */
  private static String here(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())) {
      return "/";
    }
    var query = request.getQueryString();
    var kept =
        query == null
            ? ""
            : Arrays.stream(query.split("&"))
                .filter(p -> !p.startsWith("lang="))
                .collect(Collectors.joining("&"));
    return request.getRequestURI() + (kept.isEmpty() ? "" : "?" + kept);
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(
        new HandlerMethodArgumentResolver() {
          @Override
          public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == Actor.class;
          }

          @Override
          public Object resolveArgument(
              MethodParameter parameter,
              ModelAndViewContainer mav,
              NativeWebRequest request,
              WebDataBinderFactory binders) {
            return actors.require();
          }
        });
  }
}
