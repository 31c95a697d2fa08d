package org.shouhu.shared.domain;

import java.util.Set;

/** Who does something, as domain rules need to know it: her username and her realm roles. */
public record Actor(String username, Set<Role> roles) {

  public Actor {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean hasAny(Role... candidates) {
    for (Role role : candidates) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }
}
