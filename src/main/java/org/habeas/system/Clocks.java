package org.habeas.system;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock every module reads "now" from, so tests can hold time still. */
@Configuration
class Clocks {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
