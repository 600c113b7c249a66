package org.habeas.monitoring;

import java.util.List;
import org.habeas.system.VideoRegister;
import org.springframework.stereotype.Component;

/** The video register, offered to the facility administration (system). */
@Component
class FacilityVideoRegister implements VideoRegister {

  private final Cameras cameras;

  FacilityVideoRegister(Cameras cameras) {
    this.cameras = cameras;
  }

  @Override
  public List<CameraView> of(String facilityId) {
    return cameras.of(facilityId).stream()
        .map(c -> new CameraView(c.roomKind(), c.label(), c.status(), c.checkedAt()))
        .toList();
  }
}
