package dev.heapgrader.member;

/** A member just added and their bearer token, which is returned this once and never again. */
public record AddedMember(MemberView member, String token) {
}
