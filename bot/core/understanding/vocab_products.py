"""Round 5 (issue 13): other products' tokens, alerts, certificates and sync, and how admins ask
for the token list rather than a diagnosis.

- PRODUCT: a product or service that is not Intune's ADE and owns a token, an alert, a
  certificate or a sync of its own: developer tokens (GitHub, a personal access token, an API
  key), MFA and hardware tokens (YubiKey, RSA SecurID, 硬件令牌), website certificates (SSL,
  Let's Encrypt), other alert sources (Defender, Sentinel, Azure Monitor, Service Health,
  Windows Update, Purview, Datadog), other apps' sync (WhatsApp, Zalo, WeChat/企业微信,
  contacts, iCloud Drive) and the other MDMs. "My GitHub token expired" or "turn off Defender
  alerts" is about that product, not ADE, unless ADE is named too (`other_products.py`).
- COMPARE: better than, vs, лучше, 比, lepszy, melhor, tốt hơn: another MDM weighed against
  Intune ("is Kandji's ADE better than Intune's?") is a product question even with ADE named.
- The token list is what an inventory, "how many" or "which" asks for (LIST), even with expiry
  dates in it; "when does it run out" / "how long is left" asks the tenant (STATUS).

Each entry lists the cues its words carry, as `vocab_commands.BOTH` does; the format is described
in `bot.core.understanding.words`.
"""

from __future__ import annotations

from bot.core.understanding.cues import Cue

PRODUCT_WORDS: dict[tuple[Cue, ...], dict[str, str]] = {
    (Cue.PRODUCT,): {
        "en": """github*, gitlab*, bitbucket*, azure devops, devops, personal access token, pat,
            pats, api key, api keys, api token, api tokens, npm, pypi, docker hub, jenkins*,
            terraform*, jira*, confluence*, slack*, salesforce*, servicenow*, okta*,
            mfa token, 2fa token, otp, totp, yubikey*, rsa, securid*, hardware token,
            hardware tokens, security key, security keys,
            ssl, tls, lets encrypt, letsencrypt, website certificate, website cert,
            site certificate, site cert, domain certificate, domain cert, https certificate,
            https cert, wildcard certificate, wildcard cert, web server certificate,
            defender*, sentinel*, azure monitor, log analytics, application insights, app insights,
            service health, windows update, windows updates, update compliance, autopatch,
            purview*, dlp, entra id protection, identity protection, datadog*, splunk*,
            pagerduty*, new relic, zabbix*, nagios*, grafana*,
            whatsapp*, zalo, wechat*, weixin, qq, telegram*, viber*, signal app, dropbox*,
            google drive,
            icloud drive, icloud photos, icloud contacts, icloud backup, contacts,
            jamf*, kandji*, mosyle*, addigy*, hexnode*, simplemdm*, airwatch*, workspace one,
            mobileiron*, filewave*, miradore*, manageengine*, jumpcloud*, meraki,
            outlook*, sharepoint*, onedrive*, one drive""",
        "ru": """гитхаб*, гитлаб*, аутлук*, дефендер*, сентинел*, ватсап*, вотсап*, вацап*,
            телеграм*, вичат*, аппаратный токен, аппаратного токена, токен mfa, mfa токен,
            токен 2fa, ключ api, api ключ, контакты, контактов, джамф*, сертификат сайта,
            сертификата сайта, сертификат домена, сертификата домена""",
        "zh": """微信, 企业微信, 钉钉, 飞书, 腾讯会议, 硬件令牌, 动态令牌, 令牌卡, 网站证书,
            网站的证书, 域名证书, 通配符证书, 联系人, 通讯录""",
        "pl": """token sprzętowy, tokenu sprzętowego, token mfa, token 2fa, klucz api, kontakty,
            kontaktów, certyfikat strony, certyfikatu strony, certyfikat domeny,
            certyfikat witryny""",
        "pt": """token físico, token de mfa, token do mfa, token mfa, token de 2fa, chave de api,
            chave da api, contatos, certificado do site, certificado do domínio, zap, zapzap""",
        "vi": """token mfa, token phần cứng, token otp, khóa api, danh bạ, chứng chỉ website,
            chứng chỉ trang web, chứng chỉ tên miền""",
    },
    # SSL inspection on a proxy is a network cause of ADE failures, not a website's certificate.
    (Cue.FILLER,): {
        "en": """ssl inspection, tls inspection, https inspection, ssl decryption, tls decryption,
            ssl interception, tls interception""",
        "ru": "ssl инспекция, ssl инспекцию, инспекция ssl, инспекцию ssl, расшифровка ssl",
        "zh": "",
        "pl": "inspekcja ssl, inspekcję ssl, inspekcji ssl, deszyfrowanie ssl",
        "pt": "inspeção ssl, inspeção de ssl, inspeção tls",
        "vi": "kiểm tra ssl, giải mã ssl",
    },
    (Cue.COMPARE,): {
        "en": "better, worse, vs, versus, compare*, comparison, than",
        "ru": "лучше, хуже, сравн*, против, чем",
        "zh": "比, 更好, 好用, 对比, 比较, 相比",
        "pl": "lepszy, lepsza, lepsze, lepiej, gorszy, gorsze, porówn*, niż",
        "pt": "melhor, pior, compar*, versus, do que",
        "vi": "tốt hơn, hơn, so với, so sánh",
    },
    # An inventory of tokens is the list, expiry dates and all.
    (Cue.LIST,): {
        "en": "inventory, inventories",
        "ru": "перечень, инвентаризац*, реестр*",
        "zh": "盘点, 台账, 一览",
        "pl": "inwentaryzacj*, zestawienie, spis",
        "pt": "inventário, relação de",
        "vi": "kiểm kê, thống kê",
    },
    # "When does it run out", "how long is left": the tenant's answer, not the list.
    (Cue.STATUS,): {
        "en": "run out, runs out, running out, ran out, how long until, how long left, time left",
        "ru": "закончится, кончится, заканчивается, кончается, сколько осталось, сколько еще",
        "zh": "还有多久, 还剩多久, 还剩几天, 还有几天, 用完, 用到什么时候, 能用到",
        "pl": "skończy się, kończy się, ile zostało, ile jeszcze",
        "pt": "acaba, acabar, acabou, quanto tempo falta, quanto falta, quantos dias faltam",
        "vi": "còn bao lâu, bao lâu nữa, còn mấy ngày",
    },
}
