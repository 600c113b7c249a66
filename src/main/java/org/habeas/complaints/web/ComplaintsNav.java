package org.habeas.complaints.web;

import jakarta.servlet.http.HttpServletRequest;
import org.habeas.complaints.Search;
import org.habeas.system.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The complaints link in the navigation with the number of complaints due soon or overdue, for the
 * roles that list complaints (their own "due" list: complaint deadlines are not custody alerts).
 */
@ControllerAdvice(annotations = Controller.class)
class ComplaintsNav {

  private final Search search;
  private final CurrentActor actors;

  ComplaintsNav(Search search, CurrentActor actors) {
    this.search = search;
    this.actors = actors;
  }

  @ModelAttribute("complaintsNav")
  Long complaintsDue(HttpServletRequest request) {
    if (request.getRequestURI().startsWith("/api/")) {
      return -1L; // the API has no navigation
    }
    var me = actors.get();
    if (me.isEmpty() || !Search.listsComplaints(me.get())) {
      return -1L;
    }
    return search.dueCount(me.get());
  }
}
