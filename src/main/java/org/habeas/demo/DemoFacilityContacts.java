package org.habeas.demo;

import java.util.Map;
import org.habeas.detentionreports.DetentionLookup;
import org.habeas.system.Actor;
import org.habeas.system.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo facilities' public address and phone, which the family's lookup answers with (issue 19):
 * set as an administrator sets them, once, into an empty database. Invented, like every demo name.
 */
@Component
@Order(5)
class DemoFacilityContacts implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoFacilityContacts.class);

  /** Facility id → address and phone. */
  private static final Map<String, String[]> CONTACTS =
      Map.of(
          "kz-ast-tdf1", new String[] {"Astana, Beibitshilik street 1 (demo)", "+7 7172 00 01 01"},
          "kz-ast-sizo1", new String[] {"Astana, Alash highway 7 (demo)", "+7 7172 00 01 02"},
          "kz-alm-tdf1", new String[] {"Almaty, Zheltoksan street 2 (demo)", "+7 727 000 01 03"},
          "kz-kar-tdf1", new String[] {"Karaganda, Erubaev street 3 (demo)", "+7 7212 00 01 04"},
          "ew-met-cs1", new String[] {"Agar Street, London WC2N 4JP (demo)", "+44 20 0000 0105"});

  private final DetentionLookup lookup;
  private final JdbcClient jdbc;
  private final boolean enabled;

  DemoFacilityContacts(
      DetentionLookup lookup,
      JdbcClient jdbc,
      @Value("${habeas.demo.enabled:false}") boolean enabled) {
    this.lookup = lookup;
    this.jdbc = jdbc;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled
        || jdbc.sql("select count(*) from facility_public_contact").query(Long.class).single()
            > 0) {
      return;
    }
    var admin = new Actor("admin", "Demo administrator", Role.ADMIN, null, null, "en");
    int set = 0;
    for (var e : CONTACTS.entrySet()) {
      boolean exists =
          jdbc.sql("select count(*) from facility where id = ?")
                  .param(e.getKey())
                  .query(Long.class)
                  .single()
              == 1;
      if (exists) {
        lookup.setContact(admin, e.getKey(), e.getValue()[0], e.getValue()[1]);
        set++;
      }
    }
    log.info("Demo data: {} facilities' public address and phone set", set);
  }
}
