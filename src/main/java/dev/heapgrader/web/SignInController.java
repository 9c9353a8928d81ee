package dev.heapgrader.web;

import dev.heapgrader.api.Caller;
import dev.heapgrader.api.TokenKind;
import dev.heapgrader.demo.DemoAccounts;
import dev.heapgrader.member.Member;
import dev.heapgrader.member.MemberService;
import dev.heapgrader.token.TokenService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Optional;

/**
 * The home page (what HeapGrader is, and the sign-in form) and signing in: the person types the token their
 * instructor gave them (the same token the API takes) into a form posted with a CSRF token, never into a URL. On the
 * embedded demo database the page also offers one-click sign-in as the demo instructor or a demo student. Signing
 * out is Spring Security's logout on {@code POST /sign-out} ({@link WebSecurity}).
 */
@Controller
class SignInController {

    private final TokenService tokens;
    private final MemberService members;
    private final DemoAccounts demo;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInController(TokenService tokens, MemberService members, DemoAccounts demo) {
        this.tokens = tokens;
        this.members = members;
        this.demo = demo;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("demo", demo.available());
        return "home";
    }

    @PostMapping("/sign-in")
    String signIn(@RequestParam(defaultValue = "") String token, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        Optional<Caller> caller = token.isBlank() ? Optional.empty() : tokens.authenticate(token.strip());
        if (caller.isEmpty()) {
            return refused("That token is unknown or revoked. Ask your instructor for a new one.", model, response);
        }
        if (caller.get().kind() == TokenKind.CI) {
            return refused("A CI token submits from a repository's CI; it cannot sign in to the pages.", model,
                    response);
        }
        return signedIn(caller.get(), request, response);
    }

    @PostMapping("/sign-in/demo")
    String signInToDemo(@RequestParam DemoAccounts.Account account, Model model, HttpServletRequest request,
                        HttpServletResponse response) {
        Optional<Caller> caller = demo.token(account).flatMap(tokens::authenticate);
        if (caller.isEmpty()) {
            return refused("The demo course is not available here.", model, response);
        }
        return signedIn(caller.get(), request, response);
    }

    private String refused(String why, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        model.addAttribute("demo", demo.available());
        model.addAttribute("signInError", why);
        return "home";
    }

    private String signedIn(Caller caller, HttpServletRequest request, HttpServletResponse response) {
        String name = caller.memberId() == null ? "Administrator"
                : members.find(caller.memberId()).map(Member::getDisplayName).orElse("member");
        SignedIn person = SignedIn.of(caller, name);
        // A new session for the signed-in person: an id seen before sign-in is never trusted after it.
        HttpSession before = request.getSession(false);
        if (before != null) {
            before.invalidate();
        }
        request.getSession(true);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null,
                AuthorityUtils.createAuthorityList("ROLE_" + caller.kind().name())));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return "redirect:/courses";
    }
}
