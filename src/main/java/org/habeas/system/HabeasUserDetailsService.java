package org.habeas.system;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads sign-ins from Habeas's own user table. */
@Component
class HabeasUserDetailsService implements UserDetailsService {

  private final Users users;

  HabeasUserDetailsService(Users users) {
    this.users = users;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    // No account has a control character in its name; a NUL must not even reach the database,
    // where PostgreSQL would fail the query and the sign-in would look like an outage (503).
    if (PlainText.refused(username)) {
      throw new UsernameNotFoundException("no such user");
    }
    var found = users.signIn(username).orElseThrow(() -> new UsernameNotFoundException(username));
    var actor = found.actor();
    return new User(
        actor.username(),
        found.passwordHash(),
        List.of(new SimpleGrantedAuthority(actor.role().authority())));
  }
}
