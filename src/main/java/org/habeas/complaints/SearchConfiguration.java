package org.habeas.complaints;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Picks the complaint search for the database in use. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

  @Bean
  ComplaintSearch complaintSearch(DataSource dataSource) throws SQLException {
    try (var c = dataSource.getConnection()) {
      return ComplaintSearch.forDatabase(c.getMetaData().getDatabaseProductName());
    }
  }
}
