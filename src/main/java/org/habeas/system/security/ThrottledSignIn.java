package org.habeas.system.security;

import org.habeas.system.SignIns;
import org.habeas.system.SignIns.Channel;
import org.habeas.system.SignIns.Outcome;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in (the form and HTTP Basic) with the throttle before it and the audit after it: a
 * throttled attempt is refused without checking the password (so guessing gains nothing), and every
 * attempt, whatever came of it, is recorded.
 */
class ThrottledSignIn implements AuthenticationProvider {

  private final AuthenticationProvider passwords;
  private final SignInThrottle throttle;
  private final SignIns audit;
  private final Channel channel;

  ThrottledSignIn(
      AuthenticationProvider passwords, SignInThrottle throttle, SignIns audit, Channel channel) {
    this.passwords = passwords;
    this.throttle = throttle;
    this.audit = audit;
    this.channel = channel;
  }

  @Override
  public Authentication authenticate(Authentication attempt) {
    var typed = attempt.getName() == null ? "" : attempt.getName();
    var address =
        attempt.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
            ? d.getRemoteAddress()
            : "unknown";
    var now = throttle.now();
    var wait = throttle.refusal(typed, address);
    if (wait.isPresent()) {
      audit.record(typed, address, channel, Outcome.THROTTLED, now);
      throw new SignInThrottled(wait.get(), now.plus(wait.get()));
    }
    try {
      var done = passwords.authenticate(attempt);
      audit.record(typed, address, channel, Outcome.SUCCESS, now);
      return done;
    } catch (AuthenticationServiceException e) {
      // The user store could not answer (the database is down): not a wrong password, so it
      // neither counts towards the throttle nor goes to the audit, which lives in that database.
      throw e;
    } catch (AuthenticationException e) {
      throttle.failed(typed, address);
      audit.record(typed, address, channel, Outcome.FAILURE, now);
      throw e;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
