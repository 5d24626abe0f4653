"""Natural phrasings for the subjects added in issue 12, per locale: each must be reachable.

Written by hand for these tests (not taken from the held-out sets, which are never read
while tuning). Each subject has at least two phrasings per locale; the tests check that
each one is understood as a question about exactly that subject.
"""

from __future__ import annotations

NEW_SUBJECTS = (
    "notifications", "what_others_see", "choose_server", "username", "duration",
    "server_closing", "other_software", "followed_hashtags", "verified_links",
    "scheduled_drafts", "keep_both_accounts", "follower_count_lower", "move_back",
    "follow_limit", "sso_no_password", "whether_to_move", "website_vs_app",
    "old_account_mentions", "followers_only_posts", "private_notes", "external_links",
    "old_server_gone", "move_progress",
)  # fmt: skip

PHRASINGS: dict[str, dict[str, list[str]]] = {
    "en": {
        "notifications": [
            "will my followers get notified?",
            "will people I follow be notified?",
            "do my followers get a notification when I move",
        ],
        "what_others_see": [
            "what do my followers see?",
            "what will people see on my old profile",
            "how does it look to others after I move?",
        ],
        "choose_server": [
            "how do I pick a new server?",
            "which server should I join",
            "any good instance you'd recommend for my move?",
        ],
        "username": [
            "can I keep my username?",
            "will my handle change",
            "do I get the same username on the new server",
        ],
        "duration": [
            "how long does the whole move take?",
            "how soon after creating the alias can I move",
            "how long will it take to migrate everything",
        ],
        "server_closing": [
            "my server is shutting down, what do I do?",
            "our instance is closing next month, help",
            "admin says the server will close soon",
        ],
        "other_software": [
            "can I move to GoToSocial?",
            "moving from akkoma to mastodon, does that work",
            "does this work with misskey or pixelfed",
        ],
        "followed_hashtags": [
            "do followed hashtags move?",
            "what about the hashtags I follow",
            "can I export my followed hashtags",
        ],
        "verified_links": [
            "will I lose my verified links?",
            "what happens to the green check on my website link",
            "do I need to redo rel=me",
        ],
        "scheduled_drafts": [
            "what happens to my scheduled posts?",
            "do drafts move",
            "I have a few scheduled toots, will they carry over",
        ],
        "keep_both_accounts": [
            "can I keep using both accounts?",
            "is it possible to use both at the same time",
            "can I keep posting from the old one too after moving",
        ],
        "follower_count_lower": [
            "why is my follower count lower on the new account?",
            "I have fewer followers after moving, why",
            "the follower count dropped after the move",
        ],
        "move_back": [
            "can I move back later?",
            "what if I want to go back to my old server",
            "is moving back possible",
        ],
        "follow_limit": [
            "is there a limit on how many accounts I can follow?",
            "import stopped at 7500 follows",
            "what's the follow limit",
        ],
        "sso_no_password": [
            "I log in with SSO and have no password",
            "my account doesn't have a password, how do I move",
            "we use single sign on at work, what do I type for the password",
        ],
        "whether_to_move": [
            "should I move at all or just start fresh?",
            "is it worth moving with only 20 followers",
            "would a new account instead of moving be better",
        ],
        "website_vs_app": [
            "can I do the move in the app?",
            "I only use my phone, can I migrate from there",
            "do I need a browser for this or does Ivory work",
        ],
        "old_account_mentions": [
            "what about mentions to my old account?",
            "will people still reach me if they mention my old handle",
            "do DMs to the old account get forwarded",
        ],
        "followers_only_posts": [
            "what happens to my followers-only posts?",
            "do my private posts move",
            "my followers only toots, where do they go",
        ],
        "private_notes": [
            "do my private notes on people move?",
            "what happens to the notes I wrote on accounts",
            "can I export my personal notes",
        ],
        "external_links": [
            "do I need to update links on my website?",
            "what about the link in bio on my other profiles",
            "my email signature links to my old profile",
        ],
        "old_server_gone": [
            "my old server is already gone, can I still move?",
            "the instance went offline before I moved",
            "my old server died, what now",
        ],
        "move_progress": [
            "how is my move going?",
            "did the move work?",
            "how many of my followers have moved so far",
        ],
    },
    "de": {
        "notifications": [
            "Werden meine Follower benachrichtigt?",
            "Bekommen die Leute, denen ich folge, eine Benachrichtigung?",
            "erfahren meine follower von dem umzug",
        ],
        "what_others_see": [
            "Was sehen meine Follower?",
            "Was sehen andere auf meinem alten Profil?",
        ],
        "choose_server": [
            "Wie wähle ich einen neuen Server aus?",
            "welchen server soll ich nehmen",
        ],
        "username": [
            "Kann ich meinen Benutzernamen behalten?",
            "ändert sich meine adresse",
        ],
        "duration": [
            "Wie lange dauert der ganze Umzug?",
            "Wie lange muss ich nach dem Alias warten?",
        ],
        "server_closing": [
            "Mein Server schließt bald, was tun?",
            "unsere instanz wird abgeschaltet",
        ],
        "other_software": [
            "Kann ich zu GoToSocial umziehen?",
            "geht das auch von Misskey aus",
        ],
        "followed_hashtags": [
            "Ziehen gefolgte Hashtags mit?",
            "was ist mit den hashtags denen ich folge",
        ],
        "verified_links": [
            "Was passiert mit meinen verifizierten Links?",
            "der grüne haken bei meiner website",
        ],
        "scheduled_drafts": [
            "Was passiert mit geplanten Beiträgen?",
            "ziehen meine entwürfe mit",
        ],
        "keep_both_accounts": [
            "Kann ich beide Konten weiter nutzen?",
            "geht es, zwei konten parallel zu haben",
        ],
        "follower_count_lower": [
            "Warum habe ich auf dem neuen Konto weniger Follower?",
            "die followerzahl ist nach dem umzug gesunken",
        ],
        "move_back": [
            "Kann ich später zurück zum alten Server?",
            "ist ein rückumzug möglich",
        ],
        "follow_limit": [
            "Gibt es ein Limit, wie vielen Konten ich folgen kann?",
            "import bricht bei 7500 ab",
        ],
        "sso_no_password": [
            "Ich habe kein Passwort, ich melde mich über SSO an",
            "was tippe ich ohne passwort ein",
        ],
        "whether_to_move": [
            "Soll ich überhaupt umziehen oder neu anfangen?",
            "lohnt sich ein umzug mit wenigen followern",
        ],
        "website_vs_app": [
            "Kann ich das in der App machen?",
            "geht das auch am handy",
        ],
        "old_account_mentions": [
            "Was ist mit Erwähnungen meines alten Kontos?",
            "werden dms an das alte konto weitergeleitet",
        ],
        "followers_only_posts": [
            "Was passiert mit meinen Beiträgen nur für Follower?",
            "ziehen private beiträge mit",
        ],
        "private_notes": [
            "Ziehen meine privaten Notizen mit?",
            "kann ich meine notizen zu konten exportieren",
        ],
        "external_links": [
            "Muss ich die Links auf meiner Website ändern?",
            "meine e-mail-signatur verlinkt das alte profil",
        ],
        "old_server_gone": [
            "Mein alter Server ist schon weg, was nun?",
            "die instanz ist offline, bevor ich umziehen konnte",
        ],
        "move_progress": [
            "Wie läuft mein Umzug?",
            "hat der umzug geklappt?",
        ],
    },
    "fr": {
        "notifications": [
            "Mes abonnés seront-ils prévenus ?",
            "est-ce que les comptes que je suis reçoivent une notification",
        ],
        "what_others_see": [
            "Que voient mes abonnés ?",
            "à quoi ressemble mon ancien profil pour les autres",
        ],
        "choose_server": [
            "Comment choisir un nouveau serveur ?",
            "quelle instance me conseilles-tu",
        ],
        "username": [
            "Est-ce que je garde mon nom d'utilisateur ?",
            "mon nom d'utilisateur va changer ?",
        ],
        "duration": [
            "Combien de temps prend tout le déménagement ?",
            "combien de temps attendre après l'alias",
        ],
        "server_closing": [
            "Mon serveur ferme bientôt, que faire ?",
            "notre instance va s'arrêter le mois prochain",
        ],
        "other_software": [
            "Puis-je déménager vers GoToSocial ?",
            "ça marche depuis akkoma ?",
        ],
        "followed_hashtags": [
            "Les hashtags suivis déménagent-ils ?",
            "et mes hashtags suivis",
        ],
        "verified_links": [
            "Que deviennent mes liens vérifiés ?",
            "la coche verte sur mon site",
        ],
        "scheduled_drafts": [
            "Que deviennent mes messages programmés ?",
            "mes brouillons suivent ?",
        ],
        "keep_both_accounts": [
            "Puis-je garder les deux comptes ?",
            "utiliser deux comptes en même temps",
        ],
        "follower_count_lower": [
            "Pourquoi j'ai moins d'abonnés sur le nouveau compte ?",
            "le compteur d'abonnés a baissé après le déménagement",
        ],
        "move_back": [
            "Puis-je revenir sur mon ancien serveur plus tard ?",
            "et si je change d'avis",
        ],
        "follow_limit": [
            "Y a-t-il une limite d'abonnements ?",
            "l'import s'arrête à 7500 comptes suivis",
        ],
        "sso_no_password": [
            "Je n'ai pas de mot de passe, je me connecte via SSO",
            "que mettre sans mot de passe",
        ],
        "whether_to_move": [
            "Dois-je déménager ou repartir de zéro ?",
            "ça vaut le coup avec peu d'abonnés ?",
        ],
        "website_vs_app": [
            "Je peux le faire dans l'appli ?",
            "ça marche depuis mon téléphone",
        ],
        "old_account_mentions": [
            "Et les mentions de mon ancien compte ?",
            "les messages privés à l'ancien compte sont-ils transférés",
        ],
        "followers_only_posts": [
            "Que deviennent mes messages réservés aux abonnés ?",
            "mes messages non listés",
        ],
        "private_notes": [
            "Mes notes privées suivent-elles ?",
            "puis-je exporter mes notes sur les comptes",
        ],
        "external_links": [
            "Dois-je mettre à jour les liens sur mon site ?",
            "ma signature d'email pointe vers l'ancien profil",
        ],
        "old_server_gone": [
            "Mon ancien serveur n'existe plus, que faire ?",
            "l'instance est hors ligne avant mon déménagement",
        ],
        "move_progress": [
            "Où en est mon déménagement ?",
            "est-ce que ça a marché ?",
        ],
    },
    "es": {
        "notifications": [
            "¿Mis seguidores recibirán una notificación?",
            "las cuentas que sigo se enteran de la mudanza?",
        ],
        "what_others_see": [
            "¿Qué ven mis seguidores?",
            "como se ve mi perfil antiguo para los demas",
        ],
        "choose_server": [
            "¿Cómo elijo un servidor nuevo?",
            "que instancia me recomiendas",
        ],
        "username": [
            "¿Puedo conservar mi nombre de usuario?",
            "mi direccion cambia?",
        ],
        "duration": [
            "¿Cuánto tarda toda la mudanza?",
            "cuanto tiempo tengo que esperar despues del alias",
        ],
        "server_closing": [
            "Mi servidor cierra pronto, ¿qué hago?",
            "nuestra instancia va a cerrar el mes que viene",
        ],
        "other_software": [
            "¿Puedo mudarme a GoToSocial?",
            "funciona desde misskey?",
        ],
        "followed_hashtags": [
            "¿Se mudan las etiquetas que sigo?",
            "y mis hashtags seguidos",
        ],
        "verified_links": [
            "¿Qué pasa con mis enlaces verificados?",
            "la marca verde de mi web",
        ],
        "scheduled_drafts": [
            "¿Qué pasa con mis publicaciones programadas?",
            "se mudan los borradores",
        ],
        "keep_both_accounts": [
            "¿Puedo usar las dos cuentas?",
            "tener dos cuentas al mismo tiempo",
        ],
        "follower_count_lower": [
            "¿Por qué tengo menos seguidores en la cuenta nueva?",
            "el numero de seguidores ha bajado tras la mudanza",
        ],
        "move_back": [
            "¿Puedo volver a mi cuenta antigua más adelante?",
            "y si cambio de opinion",
        ],
        "follow_limit": [
            "¿Hay un límite de cuentas que puedo seguir?",
            "la importacion se para en 7500 seguidos",
        ],
        "sso_no_password": [
            "No tengo contraseña, entro con SSO",
            "que escribo si no tengo contraseña",
        ],
        "whether_to_move": [
            "¿Debería mudarme o empezar de cero?",
            "vale la pena con pocos seguidores?",
        ],
        "website_vs_app": [
            "¿Puedo hacerlo desde la app?",
            "se puede desde el movil",
        ],
        "old_account_mentions": [
            "¿Qué pasa con las menciones a mi cuenta antigua?",
            "se reenvian los mensajes directos",
        ],
        "followers_only_posts": [
            "¿Qué pasa con mis publicaciones solo para seguidores?",
            "mis publicaciones privadas se mudan?",
        ],
        "private_notes": [
            "¿Se mudan mis notas privadas?",
            "puedo exportar mis notas sobre cuentas",
        ],
        "external_links": [
            "¿Tengo que cambiar los enlaces de mi web?",
            "mi firma de correo apunta al perfil antiguo",
        ],
        "old_server_gone": [
            "Mi servidor antiguo ya no existe, ¿qué hago?",
            "la instancia está caída y no me mudé",
        ],
        "move_progress": [
            "¿Cómo va mi mudanza?",
            "ha funcionado la mudanza?",
        ],
    },
    "ja": {
        "notifications": [
            "フォロワーに通知されますか？",
            "フォローしている人に通知は届きますか",
        ],
        "what_others_see": [
            "フォロワーからはどう見えますか？",
            "古いプロフィールは他の人にどう見える？",
        ],
        "choose_server": [
            "新しいサーバーはどうやって選べばいいですか？",
            "おすすめのサーバーはありますか",
        ],
        "username": [
            "ユーザー名はそのまま使えますか？",
            "同じ名前にできる？",
        ],
        "duration": [
            "引っ越し全体でどのくらいかかりますか？",
            "エイリアスを作ってからどれくらいで引っ越せますか",
        ],
        "server_closing": [
            "サーバーが閉鎖されるのですが、どうすればいいですか？",
            "今のインスタンスがサービス終了するらしい",
        ],
        "other_software": [
            "GoToSocialに引っ越せますか？",
            "misskeyからでもできる？",
        ],
        "followed_hashtags": [
            "フォロー中のハッシュタグは引き継がれますか？",
            "ハッシュタグのフォローはどうなる",
        ],
        "verified_links": [
            "認証済みリンクはどうなりますか？",
            "緑のチェックマークは消える？",
        ],
        "scheduled_drafts": [
            "予約投稿はどうなりますか？",
            "下書きも移りますか",
        ],
        "keep_both_accounts": [
            "両方のアカウントを使い続けられますか？",
            "二つのアカウントを併用できる？",
        ],
        "follower_count_lower": [
            "新しいアカウントのフォロワー数が少ないのはなぜ？",
            "引っ越し後にフォロワーが減った",
        ],
        "move_back": [
            "後で元のサーバーに戻れますか？",
            "古いアカウントに戻ることはできる？",
        ],
        "follow_limit": [
            "フォローの上限はありますか？",
            "何人までフォローできますか",
        ],
        "sso_no_password": [
            "パスワードがないのですが（SSOでログインしています）",
            "シングルサインオンの場合はどうする？",
        ],
        "whether_to_move": [
            "そもそも引っ越すべきですか？",
            "新しく始めるのとどっちがいい？",
        ],
        "website_vs_app": [
            "アプリからできますか？",
            "スマホだけでも大丈夫？",
        ],
        "old_account_mentions": [
            "古いアカウントへのメンションはどうなりますか？",
            "dmは転送されますか",
        ],
        "followers_only_posts": [
            "フォロワー限定の投稿はどうなりますか？",
            "鍵投稿は移る？",
        ],
        "private_notes": [
            "個人用メモは引き継がれますか？",
            "アカウントのメモをエクスポートできる？",
        ],
        "external_links": [
            "自分のサイトのリンクを更新する必要がありますか？",
            "メールの署名に古いプロフィールを載せている",
        ],
        "old_server_gone": [
            "古いサーバーがもうないのですが、どうすれば？",
            "インスタンスが閉鎖されたので引っ越せない",
        ],
        "move_progress": [
            "引っ越しの進捗は？",
            "引っ越しはうまくいった？",
        ],
    },
}

# Questions the bot used to answer wrongly (issue 12), and what they are about.
WRONG_BEFORE: dict[str, list[tuple[str, list[str]]]] = {
    "en": [
        ("what do my followers see?", ["what_others_see"]),
        ("will my followers get notified?", ["notifications"]),
        ("will people I follow be notified?", ["notifications"]),
        ("how do I pick a new server?", ["choose_server"]),
        ("what does and doesn't move?", ["overview"]),
    ],
    "de": [
        ("Was sehen meine Follower?", ["what_others_see"]),
        ("Werden meine Follower benachrichtigt?", ["notifications"]),
        ("Werden Leute, denen ich folge, benachrichtigt?", ["notifications"]),
        ("Wie wähle ich einen neuen Server?", ["choose_server"]),
        ("Was zieht mit und was nicht?", ["overview"]),
    ],
    "fr": [
        ("Que voient mes abonnés ?", ["what_others_see"]),
        ("Mes abonnés seront-ils prévenus ?", ["notifications"]),
        ("Les comptes que je suis seront-ils prévenus ?", ["notifications"]),
        ("Comment choisir un nouveau serveur ?", ["choose_server"]),
        ("Qu'est-ce qui déménage et qu'est-ce qui ne déménage pas ?", ["overview"]),
    ],
    "es": [
        ("¿Qué ven mis seguidores?", ["what_others_see"]),
        ("¿Mis seguidores serán avisados?", ["notifications"]),
        ("¿Las cuentas que sigo recibirán una notificación?", ["notifications"]),
        ("¿Cómo elijo un servidor nuevo?", ["choose_server"]),
        ("¿Qué se muda y qué no?", ["overview"]),
    ],
    "ja": [
        ("フォロワーからは何が見えますか？", ["what_others_see"]),
        ("フォロワーに通知されますか？", ["notifications"]),
        ("フォローしている人に通知されますか？", ["notifications"]),
        ("新しいサーバーはどう選べばいいですか？", ["choose_server"]),
        ("何が移って何が移らないのですか？", ["overview"]),
    ],
}
