// Passkey ceremonies against Spring Security's WebAuthn endpoints (the same requests as its own
// spring-security-webauthn.js, which only wires buttons on Spring's generated pages). Each function
// resolves to a small result the Vaadin view turns into words; it never throws, so a cancelled prompt
// or another site's passkey reaches the person as a message, not as a console error.
(() => {
  "use strict";

  const toBase64url = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)))
      .replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_");
  const fromBase64url = (text) => {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0)).buffer;
  };

  async function post(url, csrf, body) {
    const response = await fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", [csrf.header]: csrf.token },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return response;
  }

  // The browser's own refusals: the person closed the prompt or waited too long, or the device
  // already holds a passkey for this account.
  function refusal(error) {
    if (error && error.name === "NotAllowedError") return { outcome: "cancelled" };
    if (error && error.name === "InvalidStateError") return { outcome: "exists" };
    return { outcome: "failed" };
  }

  async function register(csrf, label) {
    if (!window.PublicKeyCredential) return { outcome: "unsupported" };
    const optionsResponse = await post("webauthn/register/options", csrf);
    if (!optionsResponse.ok) return { outcome: "failed" };
    const options = await optionsResponse.json();
    let credential;
    try {
      credential = await navigator.credentials.create({ publicKey: {
        ...options,
        challenge: fromBase64url(options.challenge),
        user: { ...options.user, id: fromBase64url(options.user.id) },
        excludeCredentials: (options.excludeCredentials || []).map((c) => ({ ...c, id: fromBase64url(c.id) })),
      } });
    } catch (error) {
      return refusal(error);
    }
    const response = credential.response;
    const saved = await post("webauthn/register", csrf, { publicKey: { label, credential: {
      id: credential.id,
      rawId: toBase64url(credential.rawId),
      type: credential.type,
      response: {
        attestationObject: toBase64url(response.attestationObject),
        clientDataJSON: toBase64url(response.clientDataJSON),
        transports: response.getTransports ? response.getTransports() : [],
      },
      clientExtensionResults: credential.getClientExtensionResults(),
      authenticatorAttachment: credential.authenticatorAttachment,
    } } });
    const result = saved.ok ? await saved.json() : null;
    return result && result.success ? { outcome: "registered" } : { outcome: "failed" };
  }

  async function signIn(csrf) {
    if (!window.PublicKeyCredential) return { outcome: "unsupported" };
    const optionsResponse = await post("webauthn/authenticate/options", csrf);
    if (!optionsResponse.ok) return { outcome: "failed" };
    const options = await optionsResponse.json();
    let credential;
    try {
      credential = await navigator.credentials.get({ publicKey: {
        ...options,
        challenge: fromBase64url(options.challenge),
        allowCredentials: (options.allowCredentials || []).map((c) => ({ ...c, id: fromBase64url(c.id) })),
      } });
    } catch (error) {
      return refusal(error);
    }
    const response = credential.response;
    const answer = await post("login/webauthn", csrf, {
      id: credential.id,
      rawId: toBase64url(credential.rawId),
      type: credential.type,
      response: {
        authenticatorData: toBase64url(response.authenticatorData),
        clientDataJSON: toBase64url(response.clientDataJSON),
        signature: toBase64url(response.signature),
        userHandle: response.userHandle ? toBase64url(response.userHandle) : undefined,
      },
      clientExtensionResults: credential.getClientExtensionResults(),
      authenticatorAttachment: credential.authenticatorAttachment,
    });
    const result = answer.ok ? await answer.json() : null;
    if (!(result && result.authenticated)) return { outcome: "refused" };
    // Signing in gave the browser a new session, so the page's old one cannot be asked where to go:
    // the browser goes where Spring says, at once.
    window.location.assign(result.redirectUrl || ".");
    return { outcome: "signed-in" };
  }

  window.holdfastPasskeys = { register, signIn };
})();
