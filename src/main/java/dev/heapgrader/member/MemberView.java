package dev.heapgrader.member;

import java.time.Instant;

/** A member as the API returns it. */
public record MemberView(long id, String name, String displayName, Role role, Instant createdAt) {

    static MemberView of(Member member) {
        return new MemberView(member.getId(), member.getName(), member.getDisplayName(), member.getRole(),
                member.getCreatedAt());
    }
}
