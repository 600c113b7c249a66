package org.habeas.system.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's {@code messageSource}: the bundles named by {@code spring.messages.basename},
 * formatted by ICU ({@link IcuMessageSource}). English is the bundle without a suffix, so a
 * language without a translation falls back to it, never to the server's own language.
 */
@Configuration
class MessagesConfig {

  @Bean
  MessageSource messageSource(@Value("${spring.messages.basename}") String[] basenames) {
    return IcuMessageSource.of(basenames);
  }
}
