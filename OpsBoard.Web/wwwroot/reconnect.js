// Keeps every page connected for as long as it stays open, as a wall screen left running for days must be: Blazor
// retries without end (every few seconds), a banner says since when the page is not live, and when the server no
// longer knows this page (it restarted) the page waits until the server answers /healthz and reloads itself.
(() => {
    const banner = document.getElementById('connection-banner');
    let downSince = null;
    let reloading = false;

    const londonTime = date => date.toLocaleTimeString('en-GB', { timeZone: 'Europe/London', hour12: false });

    function showDown() {
        if (downSince === null) {
            // A wall says since when its data is stale: the time of its last update; other pages, when the line dropped.
            const updated = document.querySelector('[data-testid=wall-updated]');
            downSince = updated ? updated.textContent.trim() : londonTime(new Date());
        }
        banner.querySelector('[data-reconnect-since]').textContent = downSince;
        document.documentElement.dataset.connection = 'down';
    }

    function showLive() {
        downSince = null;
        delete document.documentElement.dataset.connection;
    }

    async function reloadWhenServerAnswers() {
        if (reloading) return;
        reloading = true;
        showDown();
        for (;;) {
            try {
                const response = await fetch('healthz', { cache: 'no-store' });
                if (response.ok) {
                    location.reload();
                    return;
                }
            } catch {
                // Not up yet.
            }
            await new Promise(resolve => setTimeout(resolve, 2000));
        }
    }

    banner.addEventListener('components-reconnect-state-changed', event => {
        switch (event.detail.state) {
            case 'hide':
                showLive();
                break;
            case 'rejected':
            case 'failed':
            case 'resume-failed':
                // The server answered but has no circuit for this page (it restarted): a fresh page is the way back.
                reloadWhenServerAnswers();
                break;
            default:
                showDown();
        }
    });

    // A circuit that failed on an error does not reconnect: an unattended wall reloads itself instead.
    const errorUi = document.getElementById('blazor-error-ui');
    if (errorUi) {
        new MutationObserver(() => {
            if (document.querySelector('.wall') && getComputedStyle(errorUi).display !== 'none') reloadWhenServerAnswers();
        }).observe(errorUi, { attributes: true, attributeFilter: ['style'] });
    }

    const start = () => Blazor.start({
        circuit: {
            reconnectionOptions: {
                // Not Blazor's default id, which MudBlazor's stylesheet paints over with the page background.
                dialogId: 'connection-banner',
                maxRetries: Infinity,
                // Not at once: a server that is stopping would take the new connection and hang its shutdown (dotnet/aspnetcore#58947).
                retryIntervalMilliseconds: attempt => Math.min((attempt + 1) * 1000, 5000),
            },
        },
    });

    // Blazor's script is fetched at once (App preloads it) but run only after the prerendered page has painted: run earlier,
    // it holds the first paint back by the time it takes to compile, a third of a second on a small machine.
    requestAnimationFrame(() => setTimeout(() => {
        const script = document.createElement('script');
        script.src = document.querySelector('link[data-blazor-script]').href;
        script.setAttribute('autostart', 'false');
        script.onload = start;
        document.body.appendChild(script);
    }));
})();
