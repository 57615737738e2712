<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AccountConnection</name>
    <message>
        <source>SkySQL API</source>
        <translation>API SkySQL</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>p. ex. Production</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide the key while typing it</source>
        <translation>Afficher ou masquer la clé pendant la saisie</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Custom API address</source>
        <translation>Adresse d&apos;API personnalisée</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file.</source>
        <translation>Conservée dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>&amp;Organization ID:</source>
        <translation>&amp;Identifiant d&apos;organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>API a&amp;ddress:</source>
        <translation>Adresse de l&apos;&amp;API&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;uth address:</source>
        <translation>Adresse d&apos;a&amp;uthentification&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <source>&amp;%1:</source>
        <translation>&amp;%1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AccountFormBackend</name>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <source>Fix the fields marked above first.</source>
        <translation>Corrigez d&apos;abord les champs signalés ci-dessus.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>It works: %1 accepted the %2.</source>
        <translation>Ça fonctionne&#xa0;: %1 a accepté la %2.</translation>
    </message>
    <message>
        <source>The API key was refused by %1.</source>
        <translation>La clé d&apos;API a été refusée par %1.</translation>
    </message>
    <message>
        <source>The API token was refused by %1.</source>
        <translation>Le jeton d&apos;API a été refusé par %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Donnez un nom au compte.</translation>
    </message>
    <message>
        <source>Another account is already called “%1”.</source>
        <translation>Un autre compte s&apos;appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Saisissez la clé d&apos;API.</translation>
    </message>
    <message>
        <source>Enter the API token.</source>
        <translation>Saisissez le jeton d&apos;API.</translation>
    </message>
    <message>
        <source>An API key has no spaces; paste it again.</source>
        <translation>Une clé d&apos;API ne contient pas d&apos;espaces&#xa0;; collez-la de nouveau.</translation>
    </message>
    <message>
        <source>An API token has no spaces; paste it again.</source>
        <translation>Un jeton d&apos;API ne contient pas d&apos;espaces&#xa0;; collez-le de nouveau.</translation>
    </message>
    <message>
        <source>An organization id has no spaces.</source>
        <translation>Un identifiant d&apos;organisation ne contient pas d&apos;espaces.</translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation>Choisissez une région.</translation>
    </message>
    <message>
        <source>Enter the API address, e.g. https://api.example.com.</source>
        <translation>Saisissez l&apos;adresse de l&apos;API, p. ex. https://api.example.com.</translation>
    </message>
</context>
<context>
    <name>AccountManager</name>
    <message>
        <source>The key for %1 is not in the keychain; edit the account to enter it.</source>
        <translation>La clé de %1 n&apos;est pas dans le trousseau&#xa0;; modifiez le compte pour la saisir.</translation>
    </message>
    <message>
        <source>The key for %1 could not be read: %2</source>
        <translation>La clé de %1 n&apos;a pas pu être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>Another account is already called “%1”.</source>
        <translation>Un autre compte s&apos;appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Only saved accounts can be renamed.</source>
        <translation>Seuls les comptes enregistrés peuvent être renommés.</translation>
    </message>
</context>
<context>
    <name>AccountPicker</name>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>The account id “%1” cannot be stored.</source>
        <translation>L&apos;identifiant de compte «&#xa0;%1&#xa0;» ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>There is already an account with the id “%1”.</source>
        <translation>Il existe déjà un compte avec l&apos;identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Ce compte n&apos;existe plus.</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Un compte doit avoir un nom.</translation>
    </message>
    <message>
        <source>Another account is already called “%1”.</source>
        <translation>Un autre compte s&apos;appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The API address of “%1” is refused: %2</source>
        <translation>L&apos;adresse de l&apos;API de «&#xa0;%1&#xa0;» est refusée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The authentication address of “%1” is refused: %2</source>
        <translation>L&apos;adresse d&apos;authentification de «&#xa0;%1&#xa0;» est refusée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The account settings could not be saved to %1.</source>
        <translation>Les paramètres du compte n&apos;ont pas pu être enregistrés dans %1.</translation>
    </message>
    <message>
        <source>The account entry “%1” has an unusable id and was skipped.</source>
        <translation>L&apos;entrée de compte «&#xa0;%1&#xa0;» a un identifiant inutilisable&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>The account “%1” names an unknown provider “%2” and was skipped.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» indique un fournisseur inconnu «&#xa0;%2&#xa0;»&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>%1 account</source>
        <translation>Compte %1</translation>
    </message>
    <message>
        <source>The account “%1” was skipped: %2</source>
        <translation>Le compte «&#xa0;%1&#xa0;» a été ignoré&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AccountsCommand</name>
    <message>
        <source>billdeck: not an accounts command.</source>
        <translation>billdeck&#xa0;: ce n&apos;est pas une commande de comptes.</translation>
    </message>
    <message>
        <source>billdeck: set the environment variable %1 to the account&apos;s %2; it is never taken as an argument.</source>
        <translation>billdeck&#xa0;: définissez la variable d&apos;environnement %1 avec la %2 du compte&#xa0;; elle n&apos;est jamais prise en argument.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <source>billdeck: %1</source>
        <translation>billdeck&#xa0;: %1</translation>
    </message>
    <message>
        <source>Testing the connection to %1…
</source>
        <translation>Test de la connexion à %1…
</translation>
    </message>
    <message>
        <source>billdeck: nothing was saved: %1</source>
        <translation>billdeck&#xa0;: rien n&apos;a été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>billdeck: no keychain is available on this system, so Billdeck cannot store the key safely; nothing was saved. Without a keychain, use --provider with %1 instead.</source>
        <translation>billdeck&#xa0;: aucun trousseau n&apos;est disponible sur ce système, Billdeck ne peut donc pas conserver la clé en sécurité&#xa0;; rien n&apos;a été enregistré. Sans trousseau, utilisez plutôt --provider avec %1.</translation>
    </message>
    <message>
        <source>Saved “%1” (%2, %3). Its key is in the system keychain.
</source>
        <translation>«&#xa0;%1&#xa0;» enregistré (%2, %3). Sa clé est dans le trousseau du système.
</translation>
    </message>
    <message>
        <source>billdeck: %1
</source>
        <translation>billdeck&#xa0;: %1
</translation>
    </message>
    <message>
        <source>No account is saved yet: add one with `billdeck accounts add`.
</source>
        <translation>Aucun compte n&apos;est encore enregistré&#xa0;: ajoutez-en un avec `billdeck accounts add`.
</translation>
    </message>
    <message>
        <source>billdeck: no saved account is called “%1”.</source>
        <translation>billdeck&#xa0;: aucun compte enregistré ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>billdeck: “%1” was removed, but its key could not be deleted from the keychain: %2</source>
        <translation>billdeck&#xa0;: «&#xa0;%1&#xa0;» a été supprimé, mais sa clé n&apos;a pas pu être effacée du trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>Removed “%1” and its key.
</source>
        <translation>«&#xa0;%1&#xa0;» et sa clé ont été supprimés.
</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>DEMO</source>
        <translation>DÉMO</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>Renommer le compte</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>The SkySQL and Scalingo accounts Billdeck shows. Keys and tokens are kept in the system keychain.</source>
        <translation>Les comptes SkySQL et Scalingo affichés par Billdeck. Les clés et les jetons sont conservés dans le trousseau du système.</translation>
    </message>
    <message>
        <source>key kept for this session only</source>
        <translation>clé conservée pour cette session uniquement</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>from the command line</source>
        <translation>depuis la ligne de commande</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The key is not in the keychain; enter it again.</source>
        <translation>La clé n&apos;est pas dans le trousseau&#xa0;; saisissez-la de nouveau.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The account was not saved: %1</source>
        <translation>Le compte n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Aucun trousseau</translation>
    </message>
    <message>
        <source>No keychain is available on this system, so Billdeck cannot store the key safely. Keep it for this session only?</source>
        <translation>Aucun trousseau n&apos;est disponible sur ce système, Billdeck ne peut donc pas conserver la clé en sécurité. La garder pour cette session uniquement&#xa0;?</translation>
    </message>
    <message>
        <source>Keep for this session</source>
        <translation>Garder pour cette session</translation>
    </message>
    <message>
        <source>Not saved: no keychain is available.</source>
        <translation>Non enregistré&#xa0;: aucun trousseau n&apos;est disponible.</translation>
    </message>
    <message>
        <source>Remove “%1”? Its settings and its key in the keychain are deleted.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? Ses paramètres et sa clé dans le trousseau seront effacés.</translation>
    </message>
    <message>
        <source>Remove “%1” from this session?</source>
        <translation>Retirer «&#xa0;%1&#xa0;» de cette session&#xa0;?</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>AdaptiveColumns</name>
    <message>
        <source>Hidden while the window is too narrow</source>
        <translation>Masquée tant que la fenêtre est trop étroite</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>the billing service</source>
        <translation>le service de facturation</translation>
    </message>
    <message>
        <source>Could not reach %1. Check your network connection and try again.</source>
        <translation>Impossible de joindre %1. Vérifiez votre connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again in a moment.</source>
        <translation>%1 n&apos;a pas répondu à temps. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>%1 refused access: this key or token may not see this organization.</source>
        <translation>%1 a refusé l&apos;accès&#xa0;: cette clé ou ce jeton n&apos;a peut-être pas accès à cette organisation.</translation>
    </message>
    <message>
        <source>The API key or token was refused by %1. Check it in the account settings.</source>
        <translation>La clé ou le jeton d&apos;API a été refusé par %1. Vérifiez-le dans les paramètres du compte.</translation>
    </message>
    <message>
        <source>%1 does not know this item (it may have been deleted).</source>
        <translation>%1 ne connaît pas cet élément (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>%1 rejected the request as invalid.</source>
        <translation>%1 a rejeté la requête comme invalide.</translation>
    </message>
    <message>
        <source>%1 rejected some values: %2.</source>
        <translation>%1 a rejeté certaines valeurs&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests to %1; it asks to wait %n second(s).</source>
        <translation>
            <numerusform>Trop de requêtes vers %1&#xa0;; il demande d&apos;attendre %n seconde.</numerusform>
            <numerusform>Trop de requêtes vers %1&#xa0;; il demande d&apos;attendre %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests to %1. Wait a minute and try again.</source>
        <translation>Trop de requêtes vers %1. Attendez une minute et réessayez.</translation>
    </message>
    <message>
        <source>%1 had a problem answering (HTTP %2). Try again later.</source>
        <translation>%1 a rencontré un problème pour répondre (HTTP %2). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 had a problem answering. Try again later.</source>
        <translation>%1 a rencontré un problème pour répondre. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The answer from %1 could not be read (%2).</source>
        <translation>La réponse de %1 n&apos;a pas pu être lue (%2).</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The service said: %1</source>
        <translation>Le service a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering. Try again in a moment.</source>
        <translation>%1 a fermé la connexion avant de répondre. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The answer from %1 was cut short: the connection closed before all of it arrived. Try again in a moment.</source>
        <translation>La réponse de %1 a été interrompue : la connexion s&apos;est fermée avant la fin. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>%1 redirected the request too many times (a redirect loop). Check the account&apos;s address.</source>
        <translation>%1 a redirigé la requête trop de fois (une boucle de redirections). Vérifiez l&apos;adresse du compte.</translation>
    </message>
    <message>
        <source>%1 redirected a secure (https) request to an insecure address; Billdeck did not follow it.</source>
        <translation>%1 a redirigé une requête sécurisée (https) vers une adresse non sécurisée ; Billdeck ne l&apos;a pas suivie.</translation>
    </message>
    <message>
        <source>%1 answered a change with a redirect that would turn it into a plain read; Billdeck did not follow it.</source>
        <translation>%1 a répondu à une modification par une redirection qui en ferait une simple lecture ; Billdeck ne l&apos;a pas suivie.</translation>
    </message>
    <message>
        <source>The answer from %1 is too large (%2); Billdeck stopped reading it.</source>
        <translation>La réponse de %1 est trop volumineuse (%2) ; Billdeck a cessé de la lire.</translation>
    </message>
    <message>
        <source>%1 does not answer like the %2: check the address in the account settings.</source>
        <translation>%1 ne répond pas comme l&apos;%2 : vérifiez l&apos;adresse dans les paramètres du compte.</translation>
    </message>
    <message>
        <source>billing API</source>
        <translation>API de facturation</translation>
    </message>
    <message>
        <source>The request was redirected to another host, %1, which refused it: Billdeck does not send the account&apos;s credentials to another host.</source>
        <translation>La requête a été redirigée vers un autre hôte, %1, qui l&apos;a refusée : Billdeck n&apos;envoie pas les identifiants du compte à un autre hôte.</translation>
    </message>
    <message>
        <source>%1 kept announcing more pages (%2); Billdeck stopped reading the list.</source>
        <translation>%1 annonçait toujours d&apos;autres pages (%2) ; Billdeck a cessé de lire la liste.</translation>
    </message>
    <message>
        <source>Nothing from %1 is stored on this computer yet: connect once to fetch it.</source>
        <translation>Rien de %1 n&apos;est encore enregistré sur cet ordinateur : connectez-vous une fois pour le récupérer.</translation>
    </message>
</context>
<context>
    <name>BillingOperationModel</name>
    <message>
        <source>Invoicing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Open invoice %1 on the Invoices page</source>
        <translation>Ouvrir la facture %1 dans la page Factures</translation>
    </message>
    <message>
        <source>Open invoice</source>
        <translation>Ouvrir la facture</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
</context>
<context>
    <name>BillingOperationsPage</name>
    <message>
        <source>Open invoice</source>
        <translation>Ouvrir la facture</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Billing operations</source>
        <translation>Opérations de facturation</translation>
    </message>
    <message>
        <source>Show the invoice of the selected operation on the Invoices page</source>
        <translation>Afficher la facture de l&apos;opération sélectionnée dans la page Factures</translation>
    </message>
    <message>
        <source>Load the billing operations again</source>
        <translation>Recharger les opérations de facturation</translation>
    </message>
    <message>
        <source>Amounts are signed by what they do to what you owe: invoices and refunds add to it, payments and credits (shown in green, negative) take it down.</source>
        <translation>Les montants sont signés selon leur effet sur ce que vous devez&#xa0;: les factures et les remboursements l&apos;augmentent, les paiements et les avoirs (en vert, négatifs) le diminuent.</translation>
    </message>
    <message>
        <source>Billing operations are a Scalingo feature: SkySQL has no billing operations.
Show a Scalingo account to see its invoices, payments, credits and refunds here.</source>
        <translation>Les opérations de facturation sont une fonction de Scalingo&#xa0;: SkySQL n&apos;en a pas.
Affichez un compte Scalingo pour voir ici ses factures, paiements, avoirs et remboursements.</translation>
    </message>
    <message>
        <source>Loading billing operations…</source>
        <translation>Chargement des opérations de facturation…</translation>
    </message>
    <message>
        <source>No billing operations yet.</source>
        <translation>Aucune opération de facturation pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>1 operation</source>
        <translation>1 opération</translation>
    </message>
    <message>
        <source>%1 operations</source>
        <translation>%1 opérations</translation>
    </message>
</context>
<context>
    <name>BillingProfileEditor</name>
    <message>
        <source>Card (through Stripe)</source>
        <translation>Carte (via Stripe)</translation>
    </message>
    <message>
        <source>SEPA direct debit</source>
        <translation>Prélèvement SEPA</translation>
    </message>
    <message>
        <source>PayPal (%1)</source>
        <translation>PayPal (%1)</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>No payment method yet.</source>
        <translation>Aucun moyen de paiement pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address, second line</source>
        <translation>Complément d&apos;adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>État ou région</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Changed on Scalingo&apos;s dashboard; shown here as Scalingo reports it.</source>
        <translation>Se modifie dans le tableau de bord de Scalingo&#xa0;; affiché ici tel que Scalingo l&apos;indique.</translation>
    </message>
    <message>
        <source>No billing profile yet: saving creates it.</source>
        <translation>Pas encore de profil de facturation&#xa0;: l&apos;enregistrement le crée.</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Créer le profil</translation>
    </message>
    <message>
        <source>%1, expires %2%3</source>
        <translation>%1, expire le %2%3</translation>
    </message>
    <message>
        <source>SEPA direct debit from the account %1 (%2), mandate %3</source>
        <translation>Prélèvement SEPA sur le compte %1 (%2), mandat %3</translation>
    </message>
</context>
<context>
    <name>BillingProfileOverviewSection</name>
    <message>
        <source>Billing profile</source>
        <translation>Profil de facturation</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Invoices sent to</source>
        <translation>Factures envoyées à</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <source>Invoice notes</source>
        <translation>Mentions sur les factures</translation>
    </message>
    <message>
        <source>Credit available</source>
        <translation>Crédit disponible</translation>
    </message>
    <message>
        <source>Used before your payment method on the next invoices.</source>
        <translation>Utilisé avant votre moyen de paiement sur les prochaines factures.</translation>
    </message>
    <message>
        <source>%1 · Scalingo</source>
        <translation>%1 · Scalingo</translation>
    </message>
    <message>
        <source>Loading the billing profile…</source>
        <translation>Chargement du profil de facturation…</translation>
    </message>
    <message>
        <source>The billing profile could not be loaded. Use Retry above to try again.</source>
        <translation>Le profil de facturation n&apos;a pas pu être chargé. Utilisez Réessayer ci-dessus.</translation>
    </message>
    <message>
        <source>Card, expires %1</source>
        <translation>Carte, expire le %1</translation>
    </message>
    <message>
        <source>Card of %1, expires %2</source>
        <translation>Carte de %1, expire le %2</translation>
    </message>
    <message>
        <source>This card expired on %1. Invoices will fail until you add another means of payment on Scalingo.</source>
        <translation>Cette carte a expiré le %1. Les factures échoueront tant que vous n&apos;aurez pas ajouté un autre moyen de paiement sur Scalingo.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>dans %1 jours</translation>
    </message>
    <message>
        <source>This card expires on %1, %2. Replace it on Scalingo before the next invoice.</source>
        <translation>Cette carte expire le %1, %2. Remplacez-la sur Scalingo avant la prochaine facture.</translation>
    </message>
    <message>
        <source>The card&apos;s expiry date (&quot;%1&quot;) could not be read.</source>
        <translation>La date d&apos;expiration de la carte («&#xa0;%1&#xa0;») n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Scalingo did not send the card&apos;s details.</source>
        <translation>Scalingo n&apos;a pas envoyé les détails de la carte.</translation>
    </message>
    <message>
        <source>SEPA direct debit</source>
        <translation>Prélèvement SEPA</translation>
    </message>
    <message>
        <source>Scalingo did not send the mandate&apos;s details.</source>
        <translation>Scalingo n&apos;a pas envoyé les détails du mandat.</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Paid through a PayPal account</source>
        <translation>Payé par un compte PayPal</translation>
    </message>
    <message>
        <source>Paid by %1</source>
        <translation>Payé par %1</translation>
    </message>
    <message>
        <source>No means of payment</source>
        <translation>Aucun moyen de paiement</translation>
    </message>
    <message>
        <source>Add one on Scalingo, or invoices will be paid from credit only.</source>
        <translation>Ajoutez-en un sur Scalingo, sinon les factures seront payées uniquement avec le crédit.</translation>
    </message>
    <message>
        <source>SEPA direct debit, account %1</source>
        <translation>Prélèvement SEPA, compte %1</translation>
    </message>
    <message>
        <source>Mandate reference %1</source>
        <translation>Référence de mandat %1</translation>
    </message>
</context>
<context>
    <name>BillingProfilePage</name>
    <message>
        <source>Billing profile</source>
        <translation>Profil de facturation</translation>
    </message>
    <message>
        <source>Show an account with a billing profile to edit it.</source>
        <translation>Affichez un compte doté d&apos;un profil de facturation pour le modifier.</translation>
    </message>
    <message>
        <source>Who %1 invoices, and how it is paid.</source>
        <translation>Qui %1 facture, et comment c&apos;est payé.</translation>
    </message>
</context>
<context>
    <name>BillingStore</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Billdeck (schema %2, this version reads up to %3)</source>
        <translation>%1 a été écrit par une version plus récente de Billdeck (schéma %2, cette version lit jusqu&apos;au %3)</translation>
    </message>
    <message>
        <source>Migrating the store to version %1 failed: %2</source>
        <translation>La mise à jour des données enregistrées vers la version %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Add to estimate</source>
        <translation>Ajouter à l&apos;estimation</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Offerings</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Meters</source>
        <translation>Compteurs</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Hours billed per month for hourly meters (730 = a year&apos;s 8,760 hours / 12)</source>
        <translation>Heures facturées par mois pour les compteurs horaires (730 = les 8 760 heures d&apos;une année / 12)</translation>
    </message>
    <message>
        <source>Pick a price above, set the quantity (nodes, GB, IOPS…) and press Add to estimate, or double-click a price.</source>
        <translation>Choisissez un prix ci-dessus, indiquez la quantité (nœuds, Go, IOPS…) et cliquez sur Ajouter à l&apos;estimation, ou double-cliquez sur un prix.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Hours / month</source>
        <translation>Heures / mois</translation>
    </message>
    <message>
        <source>ESTIMATED PER MONTH</source>
        <translation>ESTIMATION MENSUELLE</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message numerus="yes">
        <source>%n hours is too many to estimate with these quantities.</source>
        <translation>
            <numerusform>%n heure, c&apos;est trop pour une estimation avec ces quantités.</numerusform>
            <numerusform>%n heures, c&apos;est trop pour une estimation avec ces quantités.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show an account with a price catalogue to browse it.</source>
        <translation>Affichez un compte doté d&apos;un catalogue de prix pour le parcourir.</translation>
    </message>
    <message>
        <source>Prices as %1 lists them.</source>
        <translation>Prix tels que %1 les publie.</translation>
    </message>
    <message>
        <source>

Product: %1</source>
        <translation>

Produit&#xa0;: %1</translation>
    </message>
    <message>
        <source>All meters</source>
        <translation>Tous les compteurs</translation>
    </message>
    <message>
        <source>%1 · per %2</source>
        <translation>%1 · par %2</translation>
    </message>
    <message>
        <source>%1
Class: %2</source>
        <translation>%1
Classe&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n prices</source>
        <translation>
            <numerusform>%1 sur %n prix</numerusform>
            <numerusform>%1 sur %n prix</numerusform>
        </translation>
    </message>
    <message>
        <source>nodes / units</source>
        <translation>nœuds / unités</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 needs --provider skysql|scalingo.</source>
        <translation>--%1 nécessite --provider skysql|scalingo.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;. Use skysql or scalingo.</source>
        <translation>Fournisseur inconnu «&#xa0;%1&#xa0;». Utilisez skysql ou scalingo.</translation>
    </message>
    <message>
        <source>--auth-url, --billing-url and --region are Scalingo settings.</source>
        <translation>--auth-url, --billing-url et --region sont des paramètres Scalingo.</translation>
    </message>
    <message>
        <source>--org is a SkySQL setting.</source>
        <translation>--org est un paramètre SkySQL.</translation>
    </message>
    <message>
        <source>--%1 %2 is refused: %3</source>
        <translation>--%1 %2 est refusé&#xa0;: %3</translation>
    </message>
    <message>
        <source>Unknown Scalingo region &quot;%1&quot;. Regions: %2, or --api-url for another one.</source>
        <translation>Région Scalingo inconnue «&#xa0;%1&#xa0;». Régions&#xa0;: %2, ou --api-url pour une autre.</translation>
    </message>
    <message>
        <source>`billdeck accounts add` needs --provider skysql|scalingo.</source>
        <translation>`billdeck accounts add` nécessite --provider skysql|scalingo.</translation>
    </message>
    <message>
        <source>`billdeck accounts add` needs --name NAME.</source>
        <translation>`billdeck accounts add` nécessite --name NOM.</translation>
    </message>
    <message>
        <source>Remove which account? Use `billdeck accounts remove NAME`.</source>
        <translation>Supprimer quel compte&#xa0;? Utilisez `billdeck accounts remove NOM`.</translation>
    </message>
    <message>
        <source>Use `billdeck accounts add|list|remove`.</source>
        <translation>Utilisez `billdeck accounts add|list|remove`.</translation>
    </message>
    <message>
        <source>Unknown accounts command &quot;%1&quot;. Use add, list or remove.</source>
        <translation>Commande de comptes inconnue «&#xa0;%1&#xa0;». Utilisez add, list ou remove.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--provider and --name apply to `billdeck accounts add`.</source>
        <translation>--provider et --name s&apos;appliquent à `billdeck accounts add`.</translation>
    </message>
    <message>
        <source>--%1 does not apply to `billdeck accounts`.</source>
        <translation>--%1 ne s&apos;applique pas à `billdeck accounts`.</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 attend une date au format AAAA-MM-JJ, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Show the built-in demo account (a local server with generated data).</source>
        <translation>Afficher le compte de démonstration intégré (un serveur local avec des données générées).</translation>
    </message>
    <message>
        <source>Open the window, wait until the invoices are loaded, save a picture to &lt;file&gt; and quit.</source>
        <translation>Ouvrir la fenêtre, attendre le chargement des factures, enregistrer une image dans &lt;fichier&gt; et quitter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>Export format: csv (default) or json.</source>
        <translation>Format d&apos;export&#xa0;: csv (par défaut) ou json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Open the selected invoice&apos;s PDF preview beside the invoices (with --screenshot: the picture waits for it).</source>
        <translation>Ouvrir l&apos;aperçu PDF de la facture sélectionnée à côté des factures (avec --screenshot&#xa0;: l&apos;image l&apos;attend).</translation>
    </message>
    <message>
        <source>Export: keep rows dated on or after &lt;date&gt; (YYYY-MM-DD).</source>
        <translation>Export&#xa0;: garder les lignes datées du &lt;date&gt; ou après (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Export: keep rows dated on or before &lt;date&gt; (YYYY-MM-DD).</source>
        <translation>Export&#xa0;: garder les lignes datées du &lt;date&gt; ou avant (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>The account to show, by name, or &quot;all&quot; (window and export).</source>
        <translation>Le compte à afficher, par son nom, ou «&#xa0;all&#xa0;» (fenêtre et export).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>An account not saved: skysql or scalingo; the secret comes from BILLDECK_SKYSQL_API_KEY or BILLDECK_SCALINGO_TOKEN.</source>
        <translation>Un compte non enregistré&#xa0;: skysql ou scalingo&#xa0;; le secret vient de BILLDECK_SKYSQL_API_KEY ou de BILLDECK_SCALINGO_TOKEN.</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <source>With --provider: the API address (https, or loopback).</source>
        <translation>Avec --provider&#xa0;: l&apos;adresse de l&apos;API (https, ou bouclage).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>With --provider scalingo: the token exchange address.</source>
        <translation>Avec --provider scalingo&#xa0;: l&apos;adresse d&apos;échange du jeton.</translation>
    </message>
    <message>
        <source>With --provider scalingo: the billing host address.</source>
        <translation>Avec --provider scalingo&#xa0;: l&apos;adresse de l&apos;hôte de facturation.</translation>
    </message>
    <message>
        <source>With --provider skysql: the organization ID.</source>
        <translation>Avec --provider skysql&#xa0;: l&apos;identifiant d&apos;organisation.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>With --provider scalingo: osc-fr1 (default) or osc-secnum-fr1.</source>
        <translation>Avec --provider scalingo&#xa0;: osc-fr1 (par défaut) ou osc-secnum-fr1.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>`accounts add`: the account&apos;s name.</source>
        <translation>`accounts add`&#xa0;: le nom du compte.</translation>
    </message>
    <message>
        <source>Optional: export or accounts.</source>
        <translation>Facultatif&#xa0;: export ou accounts.</translation>
    </message>
    <message>
        <source>What to export: %1.</source>
        <translation>Quoi exporter&#xa0;: %1.</translation>
    </message>
    <message>
        <source>--account needs an account name, or &quot;all&quot;.</source>
        <translation>--account attend un nom de compte, ou «&#xa0;all&#xa0;».</translation>
    </message>
    <message>
        <source>--format only applies to `billdeck export`.</source>
        <translation>--format s&apos;applique seulement à `billdeck export`.</translation>
    </message>
    <message>
        <source>--name applies to `billdeck accounts add`.</source>
        <translation>--name s&apos;applique à `billdeck accounts add`.</translation>
    </message>
    <message>
        <source>--from and --to only apply to `billdeck export`.</source>
        <translation>--from et --to s&apos;appliquent seulement à `billdeck export`.</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot attend un nom de fichier.</translation>
    </message>
    <message>
        <source>--costs-month needs a month as YYYY-MM, not &quot;%1&quot;.</source>
        <translation>--costs-month attend un mois au format AAAA-MM, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: export, accounts.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;». Commandes&#xa0;: export, accounts.</translation>
    </message>
    <message>
        <source>Export what? Use `billdeck export %1`.</source>
        <translation>Exporter quoi&#xa0;? Utilisez `billdeck export %1`.</translation>
    </message>
    <message>
        <source>Cannot export &quot;%1&quot;. Available: %2.</source>
        <translation>Impossible d&apos;exporter «&#xa0;%1&#xa0;». Disponibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--from (%1) is after --to (%2).</source>
        <translation>--from (%1) est postérieur à --to (%2).</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;. Use csv or json.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;». Utilisez csv ou json.</translation>
    </message>
    <message>
        <source>Use only the billing data stored on this computer by earlier runs; ask no server (export says how old it is).</source>
        <translation>N&apos;utiliser que les données de facturation enregistrées sur cet ordinateur lors des exécutions précédentes ; n&apos;interroger aucun serveur (l&apos;export indique leur ancienneté).</translation>
    </message>
    <message>
        <source>--size needs a window size as WIDTHxHEIGHT between 320x240 and 16384x16384, such as 1024x640, not &quot;%1&quot;.</source>
        <translation>--size attend une taille de fenêtre LARGEURxHAUTEUR entre 320x240 et 16384x16384, par exemple 1024x640, pas « %1 ».</translation>
    </message>
    <message>
        <source>Billdeck: a desktop dashboard for cloud billing.

Examples:
  billdeck --demo                       open the window on generated demo data
  billdeck --demo --screenshot out.png  save a picture of the window once loaded
  billdeck --demo --page costs --size 1024x640 --screenshot out.png
                                        the Costs page, in a 1024×640 window
  billdeck --demo --preview-pdf --screenshot out.png
                                        the same, with the selected invoice&apos;s PDF open
  billdeck export invoices|operations|costs --demo [--format csv|json]
                 [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                                        write the invoices (or Scalingo billing operations)
                                        to standard output
  billdeck accounts add --provider skysql|scalingo --name NAME [--api-url URL] [--org ID]
                 [--region osc-fr1|osc-secnum-fr1] [--auth-url URL] [--billing-url URL]
                                        test and save an account; the key goes to the keychain
  billdeck accounts list | billdeck accounts remove NAME

Accounts: the window and `export` show the saved accounts (--account NAME|all picks which).
Without a saved account, give one with --provider skysql|scalingo [--api-url URL] [--auth-url URL]
[--billing-url URL] [--org ID]. The secret is never an argument: it is read from the environment,
BILLDECK_SKYSQL_API_KEY for SkySQL and BILLDECK_SCALINGO_TOKEN for Scalingo (also for
`accounts add`). Addresses must be https, except loopback ones (127.0.0.1, localhost).

Qt&apos;s own options work too: -style NAME, -platform NAME, -geometry WxH+X+Y, -reverse...</source>
        <translation>Billdeck&#xa0;: un tableau de bord de bureau pour la facturation cloud.

Exemples&#xa0;:
  billdeck --demo                       ouvrir la fenêtre sur des données de démonstration
  billdeck --demo --screenshot out.png  enregistrer une image de la fenêtre une fois chargée
  billdeck --demo --page costs --size 1024x640 --screenshot out.png
                                        la page Coûts, dans une fenêtre de 1024×640
  billdeck --demo --preview-pdf --screenshot out.png
                                        la même chose, avec le PDF de la facture sélectionnée ouvert
  billdeck export invoices|operations|costs --demo [--format csv|json]
                 [--from AAAA-MM-JJ] [--to AAAA-MM-JJ]
                                        écrire les factures (ou les opérations de facturation
                                        Scalingo) sur la sortie standard
  billdeck accounts add --provider skysql|scalingo --name NOM [--api-url URL] [--org ID]
                 [--region osc-fr1|osc-secnum-fr1] [--auth-url URL] [--billing-url URL]
                                        tester et enregistrer un compte&#xa0;; la clé va dans le trousseau
  billdeck accounts list | billdeck accounts remove NOM

Comptes&#xa0;: la fenêtre et `export` affichent les comptes enregistrés (--account NOM|all choisit lesquels).
Sans compte enregistré, indiquez-en un avec --provider skysql|scalingo [--api-url URL] [--auth-url URL]
[--billing-url URL] [--org ID]. Le secret n&apos;est jamais un argument&#xa0;: il est lu dans l&apos;environnement,
BILLDECK_SKYSQL_API_KEY pour SkySQL et BILLDECK_SCALINGO_TOKEN pour Scalingo (aussi pour
`accounts add`). Les adresses doivent être en https, sauf celles de bouclage (127.0.0.1, localhost).

Les options de Qt fonctionnent aussi : -style NOM, -platform NOM, -geometry LxH+X+Y, -reverse...</translation>
    </message>
    <message>
        <source>The page to open: %1 (the sidebar shows those the accounts offer).</source>
        <translation>La page à ouvrir : %1 (la barre latérale montre celles que les comptes proposent).</translation>
    </message>
    <message>
        <source>The window&apos;s size, such as 1024x640 (with --screenshot: the picture&apos;s; default 1440x900).</source>
        <translation>La taille de la fenêtre, par exemple 1024x640 (avec --screenshot : celle de l&apos;image ; 1440x900 par défaut).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <source>Costs page: once loaded, show &lt;month&gt;&apos;s breakdown and its tooltip (YYYY-MM); the range widens to include it.</source>
        <translation>Page Coûts : une fois chargée, afficher le détail de &lt;mois&gt; et son info-bulle (AAAA-MM) ; la période s&apos;élargit pour l&apos;inclure.</translation>
    </message>
    <message>
        <source>--screenshot, --page, --size, --costs-month and --preview-pdf apply to the window, not to `billdeck export`.</source>
        <translation>--screenshot, --page, --size, --costs-month et --preview-pdf s&apos;appliquent à la fenêtre, pas à `billdeck export`.</translation>
    </message>
</context>
<context>
    <name>CommitLedgerModel</name>
    <message>
        <source>Entry %1, entitlement %2, recorded %3</source>
        <translation>Écriture %1, droit %2, enregistrée le %3</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Minimum commit</source>
        <translation>Minimum engagé</translation>
    </message>
    <message>
        <source>Used (invoiced)</source>
        <translation>Consommé</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Non consommé</translation>
    </message>
</context>
<context>
    <name>Composition</name>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>Le serveur de démonstration n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Demo SkySQL</source>
        <translation>Démo SkySQL</translation>
    </message>
    <message>
        <source>Demo Scalingo</source>
        <translation>Démo Scalingo</translation>
    </message>
    <message>
        <source>The stored billing data cannot be used: %1</source>
        <translation>Les données de facturation enregistrées ne peuvent pas être utilisées : %1</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Discard the changes to this contact and start a new one?</source>
        <translation>Abandonner les modifications de ce contact et en commencer un nouveau&#xa0;?</translation>
    </message>
    <message>
        <source>Show an account with billing contacts to edit them.</source>
        <translation>Affichez un compte doté de contacts de facturation pour les modifier.</translation>
    </message>
    <message>
        <source>Who %1 sends invoices to and calls about payments.</source>
        <translation>Les personnes à qui %1 envoie les factures et qu&apos;il appelle au sujet des paiements.</translation>
    </message>
    <message>
        <source>Contact %1 deleted.</source>
        <translation>Contact %1 supprimé.</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>+33 1 23 45 67 89</source>
        <translation>+33 1 23 45 67 89</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address, second line</source>
        <translation>Complément d&apos;adresse</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>Choisissez un pays</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Choose one</source>
        <translation>Choisissez</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>État ou province</translation>
    </message>
    <message>
        <source>Create contact</source>
        <translation>Créer le contact</translation>
    </message>
    <message>
        <source>Discard the changes to %1?</source>
        <translation>Abandonner les modifications de %1&#xa0;?</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? You can undo it for a few seconds.</source>
        <translation>Supprimer %1 (%2)&#xa0;? Vous pourrez l&apos;annuler pendant quelques secondes.</translation>
    </message>
</context>
<context>
    <name>ContractModel</name>
    <message>
        <source>Contract %1 (CRM %2), executed %3, renews %4</source>
        <translation>Contrat %1 (CRM %2), signé le %3, renouvelé le %4</translation>
    </message>
    <message>
        <source>Contract / entitlement</source>
        <translation>Contrat / droit</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Est. commit</source>
        <translation>Engagement est.</translation>
    </message>
    <message>
        <source>Est. value</source>
        <translation>Valeur est.</translation>
    </message>
</context>
<context>
    <name>CostAggregation</name>
    <message>
        <source>Compute</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Data transfer</source>
        <translation>Transfert de données</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Other (taxes, credits)</source>
        <translation>Autre (taxes, avoirs)</translation>
    </message>
</context>
<context>
    <name>CostChartExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not draw the chart as PNG.</source>
        <translation>Impossible de dessiner le graphique en PNG.</translation>
    </message>
    <message>
        <source>Could not draw the chart as SVG.</source>
        <translation>Impossible de dessiner le graphique en SVG.</translation>
    </message>
</context>
<context>
    <name>CostEstimator</name>
    <message>
        <source>The quantity is not a number.</source>
        <translation>La quantité n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The quantity cannot be negative.</source>
        <translation>La quantité ne peut pas être négative.</translation>
    </message>
    <message>
        <source>The quantity is larger than %1.</source>
        <translation>La quantité dépasse %1.</translation>
    </message>
    <message>
        <source>The price of %1 cannot be used for an estimate.</source>
        <translation>Le prix de %1 ne peut pas servir à une estimation.</translation>
    </message>
    <message>
        <source>That quantity is too large to estimate.</source>
        <translation>Cette quantité est trop grande pour une estimation.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>× %n h</source>
        <translation>
            <numerusform>× %n h</numerusform>
            <numerusform>× %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Click a month in the chart to see its bill by service.</source>
        <translation>Cliquez sur un mois du graphique pour voir sa facture par service.</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Save the chart as a picture or its numbers as CSV</source>
        <translation>Enregistrer le graphique en image ou ses chiffres en CSV</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>Graphique en PNG…</translation>
    </message>
    <message>
        <source>Chart as SVG…</source>
        <translation>Graphique en SVG…</translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation>Données en CSV…</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>6 derniers mois</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Last 24 months</source>
        <translation>24 derniers mois</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>Tous les mois</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisé…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Stack by</source>
        <translation>Empiler par</translation>
    </message>
    <message>
        <source>Monthly costs chart</source>
        <translation>Graphique des coûts mensuels</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>3-month average</source>
        <translation>Moyenne sur 3 mois</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Month breakdown chart</source>
        <translation>Graphique du détail du mois</translation>
    </message>
    <message>
        <source>Forecast for %1
%2</source>
        <translation>Prévision pour %1
%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No invoiced month to show.</source>
        <translation>Aucun mois facturé à afficher.</translation>
    </message>
    <message>
        <source>Total cost per month in %1: %2.</source>
        <translation>Coût total par mois en %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Montant (%1)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 – %4</source>
        <translation>%1 · %2 · %3 – %4</translation>
    </message>
    <message>
        <source>No account shown</source>
        <translation>Aucun compte affiché</translation>
    </message>
    <message>
        <source>%1 · no invoices yet</source>
        <translation>%1 · pas encore de factures</translation>
    </message>
    <message>
        <source>%1 from month-to-date usage</source>
        <translation>%1 d&apos;après la consommation du mois en cours</translation>
    </message>
    <message>
        <source>%1 from the 3-month average (Scalingo has no month-to-date figures)</source>
        <translation>%1 d&apos;après la moyenne sur 3 mois (Scalingo ne fournit pas de chiffres du mois en cours)</translation>
    </message>
    <message>
        <source>Forecast for %1</source>
        <translation>Prévision pour %1</translation>
    </message>
    <message>
        <source>%1: %2 vs %3</source>
        <translation>%1&#xa0;: %2 contre %3</translation>
    </message>
    <message>
        <source>3-month average: %1</source>
        <translation>Moyenne sur 3 mois&#xa0;: %1</translation>
    </message>
    <message>
        <source>Forecast %1 is over the budget %2 for %3</source>
        <translation>La prévision %1 dépasse le budget %2 pour %3</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <source>%1 monthly budget</source>
        <translation>Budget de %1</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>Budget mensuel</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The most %1 should cost per month, in %2; empty for no budget.</source>
        <translation>Le maximum que %1 devrait coûter par mois, en %2&#xa0;; vide pour aucun budget.</translation>
    </message>
    <message>
        <source>The budget for %1 must be an amount such as 1500 or 1500.00.</source>
        <translation>Le budget de %1 doit être un montant comme 1500 ou 1500.00.</translation>
    </message>
    <message>
        <source>Month breakdown</source>
        <translation>Détail du mois</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> · %1 vs %2</source>
        <translation> · %1 contre %2</translation>
    </message>
    <message>
        <source>This month is not invoiced yet; its forecast is drawn hatched in the chart.</source>
        <translation>Ce mois n&apos;est pas encore facturé&#xa0;; sa prévision est hachurée dans le graphique.</translation>
    </message>
    <message>
        <source>No invoice in %1 for this month.</source>
        <translation>Aucune facture en %1 pour ce mois.</translation>
    </message>
    <message>
        <source>Costs of %1 by service: %2.</source>
        <translation>Coûts de %1 par service&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export costs</source>
        <translation>Exporter les coûts</translation>
    </message>
    <message>
        <source>The export was not saved.</source>
        <translation>L&apos;export n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Monthly costs (%1)</source>
        <translation>Coûts mensuels (%1)</translation>
    </message>
    <message>
        <source>&amp;Range</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Premier mois</translation>
    </message>
    <message>
        <source>no invoice for %1: the invoices shown run from %2 to %3.</source>
        <translation>aucune facture pour %1 : les factures affichées vont de %2 à %3.</translation>
    </message>
    <message>
        <source>no invoice for %1: the accounts shown have no invoice.</source>
        <translation>aucune facture pour %1 : les comptes affichés n&apos;ont aucune facture.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Forecast for %1: %2&lt;/b&gt; &lt;span style=&apos;color:%4&apos;&gt;(%3)&lt;/span&gt;</source>
        <translation>&lt;b&gt;Prévision pour %1&#xa0;: %2&lt;/b&gt; &lt;span style=&apos;color:%4&apos;&gt;(%3)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>No invoiced month to show yet.</source>
        <translation>Aucun mois facturé à afficher pour l’instant.</translation>
    </message>
    <message>
        <source>Each month&apos;s bill by service shows here once invoices have arrived.</source>
        <translation>La facture de chaque mois par service s’affichera ici dès que des factures seront arrivées.</translation>
    </message>
    <message>
        <source>The forecast for %1 could not be loaded.</source>
        <translation>La prévision de %1 n’a pas pu être chargée.</translation>
    </message>
</context>
<context>
    <name>CreditsOverviewSection</name>
    <message>
        <source>charged automatically</source>
        <translation>prélevé automatiquement</translation>
    </message>
    <message>
        <source>paid on invoice</source>
        <translation>payé sur facture</translation>
    </message>
    <message>
        <source>SkySQL</source>
        <translation>SkySQL</translation>
    </message>
    <message>
        <source>SkySQL · organization %1</source>
        <translation>SkySQL · organisation %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>SCU this month</source>
        <translation>SCU ce mois-ci</translation>
    </message>
    <message>
        <source>Prepaid credit left</source>
        <translation>Crédit prépayé restant</translation>
    </message>
    <message>
        <source>Prepaid credit ledger</source>
        <translation>Registre du crédit prépayé</translation>
    </message>
    <message>
        <source>Postpaid commitment</source>
        <translation>Engagement postpayé</translation>
    </message>
    <message>
        <source>Contracts and entitlements</source>
        <translation>Contrats et droits</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Aucun niveau</translation>
    </message>
    <message>
        <source>%1 tier</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Compte %1</translation>
    </message>
    <message>
        <source>no subscription</source>
        <translation>aucun abonnement</translation>
    </message>
    <message>
        <source>Subscription %1, %2</source>
        <translation>Abonnement %1, %2</translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation>Client depuis %1</translation>
    </message>
    <message>
        <source>%1 SCU used</source>
        <translation>%1 SCU consommées</translation>
    </message>
    <message>
        <source>%1 SCU remaining this month</source>
        <translation>%1 SCU restantes ce mois-ci</translation>
    </message>
    <message>
        <source>Monthly allowance used up: further use is billed</source>
        <translation>Allocation mensuelle épuisée&#xa0;: la consommation supplémentaire est facturée</translation>
    </message>
    <message>
        <source>Trial credit granted: %1</source>
        <translation>Crédit d&apos;essai accordé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n ledger entries</source>
        <translation>
            <numerusform>%n écriture au registre</numerusform>
            <numerusform>%n écritures au registre</numerusform>
        </translation>
    </message>
    <message>
        <source>Also %1</source>
        <translation>Aussi %1</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>The demo server is already listening on port %1</source>
        <translation>Le serveur de démonstration écoute déjà sur le port %1</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Impossible d&apos;écouter sur 127.0.0.1:%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 %2</source>
        <comment>date, then time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>h</source>
        <comment>unit: hours</comment>
        <translation>h</translation>
    </message>
    <message>
        <source>min</source>
        <comment>unit: minutes</comment>
        <translation>min</translation>
    </message>
    <message>
        <source>s</source>
        <comment>unit: seconds</comment>
        <translation>s</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>quantity, then unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 min</source>
        <comment>hours, then minutes</comment>
        <translation>%1 %2 min</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>card brand, then masked number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source> per month</source>
        <translation> par mois</translation>
    </message>
    <message>
        <source> per year</source>
        <translation> par an</translation>
    </message>
    <message>
        <source> per %1</source>
        <translation> par %1</translation>
    </message>
    <message>
        <source>Minimum compute commitment of %1%2</source>
        <translation>Engagement minimum de calcul de %1%2</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Période : %1</translation>
    </message>
    <message>
        <source>Prepaid credit of %1 (purchases: %2)</source>
        <translation>Crédit prépayé de %1 (achats : %2)</translation>
    </message>
    <message>
        <source>Prepaid credit of %1</source>
        <translation>Crédit prépayé de %1</translation>
    </message>
    <message>
        <source>%1 of SkySQL compute units per month</source>
        <translation>%1 d&apos;unités de calcul SkySQL par mois</translation>
    </message>
    <message>
        <source>%1 support</source>
        <translation>Support %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>term, then value</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>Devise : %1</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message numerus="yes">
        <source>(%n more problem(s))</source>
        <translation>
            <numerusform>(%n autre problème)</numerusform>
            <numerusform>(%n autres problèmes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: showing the data stored on this computer, as of %2. %3</source>
        <translation>%1 : affichage des données enregistrées sur cet ordinateur, au %2. %3</translation>
    </message>
    <message>
        <source>%1: the invoices could not be loaded. %2</source>
        <translation>%1&#xa0;: les factures n&apos;ont pas pu être chargées. %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>billdeck: cannot export &quot;%1&quot;. Available: %2.</source>
        <translation>billdeck&#xa0;: impossible d&apos;exporter «&#xa0;%1&#xa0;». Disponibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>billdeck: could not write the export: %1</source>
        <translation>billdeck&#xa0;: impossible d&apos;écrire l&apos;export&#xa0;: %1</translation>
    </message>
    <message>
        <source>billdeck: %1: the data stored on this computer, as of %2 (%3)
</source>
        <translation>billdeck : %1 : les données enregistrées sur cet ordinateur, au %2 (%3)
</translation>
    </message>
    <message>
        <source>billdeck: %1: offline, the data stored on this computer, as of %2
</source>
        <translation>billdeck : %1 : hors ligne, les données enregistrées sur cet ordinateur, au %2\n</translation>
    </message>
</context>
<context>
    <name>ExportKinds</name>
    <message>
        <source>every invoice, one row each</source>
        <translation>toutes les factures, une ligne chacune</translation>
    </message>
    <message>
        <source>Scalingo billing operations (invoices issued, credits, payments)</source>
        <translation>opérations de facturation Scalingo (factures émises, avoirs, paiements)</translation>
    </message>
    <message>
        <source>monthly costs, one row per account, month and cost category</source>
        <translation>coûts mensuels, une ligne par compte, mois et catégorie de coût</translation>
    </message>
    <message>
        <source>billdeck: could not export the invoices: %1</source>
        <translation>billdeck&#xa0;: impossible d&apos;exporter les factures&#xa0;: %1</translation>
    </message>
    <message>
        <source>billdeck: could not export the costs: %1</source>
        <translation>billdeck&#xa0;: impossible d&apos;exporter les coûts&#xa0;: %1</translation>
    </message>
    <message>
        <source>billdeck: no account to export billing operations from.</source>
        <translation>billdeck&#xa0;: aucun compte depuis lequel exporter des opérations de facturation.</translation>
    </message>
    <message>
        <source>billdeck: billing operations exist only on Scalingo accounts, and %1 is not one. Choose a Scalingo account with --account NAME.</source>
        <translation>billdeck&#xa0;: les opérations de facturation n&apos;existent que sur les comptes Scalingo, et %1 n&apos;en est pas un. Choisissez un compte Scalingo avec --account NOM.</translation>
    </message>
    <message>
        <source>billdeck: could not export the billing operations: %1</source>
        <translation>billdeck&#xa0;: impossible d&apos;exporter les opérations de facturation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FieldValidation</name>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>Not an email address (like name@example.com).</source>
        <translation>Ce n&apos;est pas une adresse e-mail (comme nom@exemple.fr).</translation>
    </message>
    <message>
        <source>Use the international form: + country code, then the number (like +33 1 23 45 67 89).</source>
        <translation>Utilisez la forme internationale&#xa0;: + indicatif du pays, puis le numéro (comme +33 1 23 45 67 89).</translation>
    </message>
    <message>
        <source>Required for addresses in this country.</source>
        <translation>Obligatoire pour les adresses de ce pays.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Add an account…</source>
        <translation>Ajouter un compte…</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <source>Welcome to Billdeck</source>
        <translation>Bienvenue dans Billdeck</translation>
    </message>
    <message>
        <source>See your cloud invoices and what you spend, month by month.</source>
        <translation>Consultez vos factures cloud et vos dépenses, mois par mois.</translation>
    </message>
    <message>
        <source>Add a SkySQL or Scalingo account</source>
        <translation>Ajouter un compte SkySQL ou Scalingo</translation>
    </message>
    <message>
        <source>Enter an API key (SkySQL) or an API token (Scalingo). Billdeck keeps it in the system keychain and tests it before saving.</source>
        <translation>Saisissez une clé d&apos;API (SkySQL) ou un jeton d&apos;API (Scalingo). Billdeck la conserve dans le trousseau du système et la teste avant de l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Look around with generated billing data for one SkySQL and one Scalingo account, served on this computer only.</source>
        <translation>Découvrez l&apos;application avec des données de facturation générées pour un compte SkySQL et un compte Scalingo, servies sur cet ordinateur uniquement.</translation>
    </message>
    <message>
        <source>Connecting your saved accounts…</source>
        <translation>Connexion de vos comptes enregistrés…</translation>
    </message>
</context>
<context>
    <name>InvoiceDetailView</name>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>À payer</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Paiement échoué</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Download the provider&apos;s PDF of this invoice</source>
        <translation>Télécharger le PDF de cette facture émis par le fournisseur</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Date de facture</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>Par service</translation>
    </message>
    <message>
        <source>By resource</source>
        <translation>Par ressource</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Loading details…</source>
        <translation>Chargement du détail…</translation>
    </message>
    <message>
        <source>Loading the charges by resource…</source>
        <translation>Chargement des prestations par ressource…</translation>
    </message>
    <message>
        <source>The charges by resource could not be loaded. Choose By resource again to retry.</source>
        <translation>Les prestations par ressource n&apos;ont pas pu être chargées. Choisissez de nouveau Par ressource pour réessayer.</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>What the app %1 ran during the month</source>
        <translation>Ce que l&apos;application %1 a exécuté pendant le mois</translation>
    </message>
    <message>
        <source>Service %1
%2 %3, %4 (%5, %6, %7)</source>
        <translation>Service %1
%2 %3, %4 (%5, %6, %7)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>No charges on this invoice</source>
        <translation>Aucune prestation sur cette facture</translation>
    </message>
    <message>
        <source>Invoice items</source>
        <translation>Lignes de la facture</translation>
    </message>
    <message>
        <source>What the invoice charges, before VAT; credits and vouchers are negative</source>
        <translation>Ce que la facture facture, hors TVA&#xa0;; les avoirs et les bons de réduction sont négatifs</translation>
    </message>
    <message>
        <source>VAT (%1 %)</source>
        <translation>TVA (%1&#xa0;%)</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>The charges of this invoice could not be loaded. Use Retry above to try again.</source>
        <translation>Les prestations de cette facture n&apos;ont pas pu être chargées. Utilisez Réessayer ci-dessus.</translation>
    </message>
    <message>
        <source>Select an invoice to see its charges.</source>
        <translation>Sélectionnez une facture pour voir ses prestations.</translation>
    </message>
    <message>
        <source>Downloading PDF…</source>
        <translation>Téléchargement du PDF…</translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>À payer</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Paiement échoué</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Currency not known yet: loading the invoice&apos;s details</source>
        <translation>Devise pas encore connue&#xa0;: chargement du détail de la facture</translation>
    </message>
    <message>
        <source>VAT rate %1 %</source>
        <translation>Taux de TVA %1&#xa0;%</translation>
    </message>
    <message>
        <source>Invoice status: %1</source>
        <translation>Statut de la facture&#xa0;: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
</context>
<context>
    <name>InvoiceTotals</name>
    <message>
        <source>No invoices</source>
        <translation>Aucune facture</translation>
    </message>
    <message>
        <source>1 invoice</source>
        <translation>1 facture</translation>
    </message>
    <message>
        <source>%1 invoices</source>
        <translation>%1 factures</translation>
    </message>
    <message>
        <source>1 amount loading</source>
        <translation>1 montant en cours de chargement</translation>
    </message>
    <message>
        <source>%1 amounts loading</source>
        <translation>%1 montants en cours de chargement</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Preview PDF</source>
        <translation>Aperçu du PDF</translation>
    </message>
    <message>
        <source>Save invoice PDF</source>
        <translation>Enregistrer le PDF de la facture</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export invoices</source>
        <translation>Exporter les factures</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Load the invoices again from every account</source>
        <translation>Recharger les factures de tous les comptes</translation>
    </message>
    <message>
        <source>Show the selected invoice&apos;s PDF beside the table</source>
        <translation>Afficher le PDF de la facture sélectionnée à côté du tableau</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the invoices the filter shows as CSV or JSON</source>
        <translation>Enregistrer en CSV ou en JSON les factures affichées par le filtre</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)…</source>
        <translation>CSV (tableurs)…</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>What the invoices the filter shows add up to, per currency</source>
        <translation>Total des factures affichées par le filtre, par devise</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Prestations</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>No invoices</source>
        <translation>Aucune facture</translation>
    </message>
    <message>
        <source>1 invoice</source>
        <translation>1 facture</translation>
    </message>
    <message>
        <source>%1 invoices</source>
        <translation>%1 factures</translation>
    </message>
    <message>
        <source>The invoice could not be saved to %1.</source>
        <translation>La facture n&apos;a pas pu être enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Search number, period, account, status, amount…</source>
        <translation>Numéro, période, compte, statut, montant…</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Invoice dates; &quot;Any&quot; leaves this side open</source>
        <translation>Dates de facture&#xa0;; «&#xa0;Toutes&#xa0;» laisse ce côté ouvert</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>À payer</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Paiement échoué</translation>
    </message>
    <message>
        <source>Status: all</source>
        <translation>Statut&#xa0;: tous</translation>
    </message>
    <message>
        <source>Min amount</source>
        <translation>Montant min.</translation>
    </message>
    <message>
        <source>Max amount</source>
        <translation>Montant max.</translation>
    </message>
    <message>
        <source>In each invoice&apos;s own currency, e.g. 1500 or 1500.50</source>
        <translation>Dans la devise de chaque facture, p. ex. 1500 ou 1500.50</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not an amount: use digits and a dot, e.g. 1500.50</source>
        <translation>Ce n&apos;est pas un montant&#xa0;: utilisez des chiffres et un point, p. ex. 1500.50</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>The invoices could not be exported to %1.</source>
        <translation>Les factures n&apos;ont pas pu être exportées dans %1.</translation>
    </message>
    <message>
        <source>The PDF could not be downloaded: %1</source>
        <translation>Le PDF n&apos;a pas pu être téléchargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Montant minimum</translation>
    </message>
    <message>
        <source>Maximum amount</source>
        <translation>Montant maximum</translation>
    </message>
    <message>
        <source>Search invoices</source>
        <translation>Rechercher des factures</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>%1
Entry %2, contract %3</source>
        <translation>%1
Écriture %2, contrat %3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DEMO</source>
        <translation>DÉMO</translation>
    </message>
    <message>
        <source>Manage accounts…</source>
        <translation>Gérer les comptes…</translation>
    </message>
    <message>
        <source>Billdeck</source>
        <translation>Billdeck</translation>
    </message>
    <message>
        <source>Generated data from the built-in demo server</source>
        <translation>Données générées par le serveur de démonstration intégré</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Shown account</source>
        <translation>Compte affiché</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progression du chargement</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>The account(s) the pages show</source>
        <translation>Le ou les comptes affichés par les pages</translation>
    </message>
    <message>
        <source>All accounts (%1)</source>
        <translation>Tous les comptes (%1)</translation>
    </message>
    <message>
        <source>%1 · demo</source>
        <translation>%1 · démo</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Aucun compte</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Rien à afficher pour l&apos;instant</translation>
    </message>
    <message>
        <source>Loading invoices…</source>
        <translation>Chargement des factures…</translation>
    </message>
    <message>
        <source>Some invoices could not be loaded</source>
        <translation>Certaines factures n&apos;ont pas pu être chargées</translation>
    </message>
    <message>
        <source>Loading invoices… %1/%2</source>
        <translation>Chargement des factures… %1/%2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Open invoice PDF</source>
        <translation>&amp;Ouvrir le PDF de la facture</translation>
    </message>
    <message>
        <source>Save invoice &amp;PDF…</source>
        <translation>Enregistrer le &amp;PDF de la facture…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>&amp;Revert changes</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>Page &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Go to page</source>
        <translation>&amp;Aller à la page</translation>
    </message>
    <message>
        <source>&amp;Choose shown account</source>
        <translation>&amp;Choisir le compte affiché</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>&amp;Manage accounts…</source>
        <translation>&amp;Gérer les comptes…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Billdeck</source>
        <translation>À &amp;propos de Billdeck</translation>
    </message>
    <message>
        <source>About Billdeck</source>
        <translation>À propos de Billdeck</translation>
    </message>
    <message>
        <source>&lt;b&gt;Billdeck&lt;/b&gt; %1&lt;br&gt;A desktop dashboard for cloud billing: invoices, costs, contacts, tax information and payment methods of SkySQL and Scalingo accounts.</source>
        <translation>&lt;b&gt;Billdeck&lt;/b&gt; %1&lt;br&gt;Un tableau de bord de bureau pour la facturation cloud&#xa0;: factures, coûts, contacts, informations fiscales et moyens de paiement des comptes SkySQL et Scalingo.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Nothing to do for this command on this page now.</source>
        <translation>Cette commande n&apos;a rien à faire sur cette page pour l&apos;instant.</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>Co&amp;mpte</translation>
    </message>
    <message>
        <source>1 invoice · as of %1</source>
        <translation>1 facture · au %1</translation>
    </message>
    <message>
        <source>%1 invoices · as of %2</source>
        <translation>%1 factures · au %2</translation>
    </message>
    <message>
        <source>Collapse the sidebar</source>
        <translation>Réduire la barre latérale</translation>
    </message>
    <message>
        <source>Expand the sidebar</source>
        <translation>Déplier la barre latérale</translation>
    </message>
    <message>
        <source>&amp;Collapse sidebar</source>
        <translation>&amp;Réduire la barre latérale</translation>
    </message>
    <message>
        <source>Show the pages as icons only, leaving the page more room</source>
        <translation>Afficher les pages en icônes seules, pour laisser plus de place à la page</translation>
    </message>
</context>
<context>
    <name>MonthBreakdownModel</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
</context>
<context>
    <name>OtherCurrencyCharts</name>
    <message>
        <source>Click a bar to chart %1 in detail above</source>
        <translation>Cliquez sur une barre pour afficher %1 en détail au-dessus</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 · %2 · no invoice in these months</source>
        <translation>%1 · %2 · aucune facture sur ces mois</translation>
    </message>
    <message>
        <source>Monthly costs in %1</source>
        <translation>Coûts mensuels en %1</translation>
    </message>
    <message>
        <source>No invoiced month to show.</source>
        <translation>Aucun mois facturé à afficher.</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2 : %3</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Add an account to see its balance, credit and contracts here.</source>
        <translation>Ajoutez un compte pour voir ici son solde, son crédit et ses contrats.</translation>
    </message>
    <message>
        <source>The accounts shown have no overview yet.</source>
        <translation>Les comptes affichés n&apos;ont pas encore de vue d&apos;ensemble.</translation>
    </message>
</context>
<context>
    <name>PaymentMethodModel</name>
    <message>
        <source>expires soon</source>
        <translation>expire bientôt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>This card has expired: payments with it will fail.</source>
        <translation>Cette carte a expiré&#xa0;: les paiements avec elle échoueront.</translation>
    </message>
    <message>
        <source>This card expires on %1: add a new one before then.</source>
        <translation>Cette carte expire le %1&#xa0;: ajoutez-en une nouvelle avant cette date.</translation>
    </message>
    <message>
        <source>SEPA direct debit</source>
        <translation>Prélèvement SEPA</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
</context>
<context>
    <name>PaymentMethodsEditorBackend</name>
    <message>
        <source>This is the only payment method and the default one: add another before removing it.</source>
        <translation>C&apos;est le seul moyen de paiement, et celui par défaut&#xa0;: ajoutez-en un autre avant de le supprimer.</translation>
    </message>
</context>
<context>
    <name>PaymentMethodsPage</name>
    <message>
        <source>Payment methods</source>
        <translation>Moyens de paiement</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Définir par défaut</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Add a payment method…</source>
        <translation>Ajouter un moyen de paiement…</translation>
    </message>
    <message>
        <source>Card numbers are never typed into Billdeck: new cards are entered on the provider&apos;s secure page in your browser.</source>
        <translation>Les numéros de carte ne sont jamais saisis dans Billdeck&#xa0;: les nouvelles cartes se saisissent sur la page sécurisée du fournisseur, dans votre navigateur.</translation>
    </message>
    <message>
        <source>Delete payment method</source>
        <translation>Supprimer le moyen de paiement</translation>
    </message>
    <message>
        <source>Show an account with payment methods to see them.</source>
        <translation>Affichez un compte doté de moyens de paiement pour les voir.</translation>
    </message>
    <message>
        <source>How %1 pays its invoices. The default method is charged first.</source>
        <translation>Comment %1 paie ses factures. Le moyen par défaut est débité en premier.</translation>
    </message>
    <message>
        <source>Finish adding the payment method on the provider&apos;s secure page in your browser (setup %1). Billdeck reads the list again when you come back.</source>
        <translation>Terminez l&apos;ajout du moyen de paiement sur la page sécurisée du fournisseur, dans votre navigateur (configuration %1). Billdeck relit la liste à votre retour.</translation>
    </message>
    <message>
        <source>How %1 pays (changed on the provider&apos;s dashboard).</source>
        <translation>Comment %1 paie (se modifie dans le tableau de bord du fournisseur).</translation>
    </message>
    <message>
        <source>Remove %1 from the organization?</source>
        <translation>Retirer %1 de l&apos;organisation ?</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>the document is incomplete</source>
        <translation>le document est incomplet</translation>
    </message>
    <message>
        <source>the file was not found</source>
        <translation>le fichier est introuvable</translation>
    </message>
    <message>
        <source>this is not a valid PDF file</source>
        <translation>ce n&apos;est pas un fichier PDF valide</translation>
    </message>
    <message>
        <source>the document is password-protected</source>
        <translation>le document est protégé par un mot de passe</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Zoom to the width of the pane</source>
        <translation>Zoomer à la largeur du volet</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save the PDF to a file</source>
        <translation>Enregistrer le PDF dans un fichier</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the PDF with the system&apos;s viewer</source>
        <translation>Ouvrir le PDF avec la visionneuse du système</translation>
    </message>
    <message>
        <source>Save invoice PDF</source>
        <translation>Enregistrer le PDF de la facture</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Page 88 of 88</source>
        <translation>Page 88 sur 88</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <source>The PDF could not be read: the server sent an empty file.</source>
        <translation>Le PDF n&apos;a pas pu être lu&#xa0;: le serveur a envoyé un fichier vide.</translation>
    </message>
    <message>
        <source>The PDF could not be read: it has no pages.</source>
        <translation>Le PDF n&apos;a pas pu être lu&#xa0;: il n&apos;a aucune page.</translation>
    </message>
    <message>
        <source>The PDF could not be read: %1.</source>
        <translation>Le PDF n&apos;a pas pu être lu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Select an invoice to see its PDF.</source>
        <translation>Sélectionnez une facture pour voir son PDF.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>No application could open the PDF.</source>
        <translation>Aucune application n&apos;a pu ouvrir le PDF.</translation>
    </message>
    <message>
        <source>It was saved to %1.</source>
        <translation>Il a été enregistré dans %1.</translation>
    </message>
    <message>
        <source>The invoice could not be saved to %1.</source>
        <translation>La facture n&apos;a pas pu être enregistrée dans %1.</translation>
    </message>
</context>
<context>
    <name>PriceModel</name>
    <message>
        <source>from %1 %2</source>
        <translation>à partir de %1 %2</translation>
    </message>
    <message>
        <source>%1 – %2 %3</source>
        <translation>%1 – %2 %3</translation>
    </message>
    <message>
        <source>Price %1, per unit of %2</source>
        <translation>Prix %1, par unité de %2</translation>
    </message>
    <message>
        <source>Offering</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Size / volume</source>
        <translation>Taille / volume</translation>
    </message>
    <message>
        <source>Usage range</source>
        <translation>Tranche d&apos;utilisation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Par heure</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
</context>
<context>
    <name>ProviderEndpoints</name>
    <message>
        <source>Paris (osc-fr1)</source>
        <translation>Paris (osc-fr1)</translation>
    </message>
    <message>
        <source>Paris, SecNumCloud (osc-secnum-fr1)</source>
        <translation>Paris, SecNumCloud (osc-secnum-fr1)</translation>
    </message>
    <message>
        <source>This is not a web address; it should look like https://api.example.com.</source>
        <translation>Ce n&apos;est pas une adresse web&#xa0;; elle doit ressembler à https://api.example.com.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>L&apos;adresse doit commencer par https://.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>L&apos;adresse ne doit pas contenir de nom d&apos;utilisateur ni de mot de passe.</translation>
    </message>
    <message>
        <source>The address must not contain a query (?…) or fragment (#…).</source>
        <translation>L&apos;adresse ne doit pas contenir de requête (?…) ni de fragment (#…).</translation>
    </message>
    <message>
        <source>Plain http would send the key unencrypted: use https:// (http is only allowed for this computer, e.g. 127.0.0.1).</source>
        <translation>En http simple, la clé serait envoyée en clair&#xa0;: utilisez https:// (http n&apos;est permis que pour cet ordinateur, p. ex. 127.0.0.1).</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>--provider %1 reads the %2 from the environment variable %3, which is not set. (It is never taken as an argument, so it stays out of the shell history.)</source>
        <translation>--provider %1 lit la %2 dans la variable d&apos;environnement %3, qui n&apos;est pas définie. (Elle n&apos;est jamais prise en argument, pour rester hors de l&apos;historique du shell.)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <source>%1 (command line)</source>
        <translation>%1 (ligne de commande)</translation>
    </message>
    <message>
        <source>%1 is refused: %2</source>
        <translation>%1 est refusé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Price catalogue</source>
        <translation>Catalogue de prix</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>Billing operations</source>
        <translation>Opérations de facturation</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Billing profile</source>
        <translation>Profil de facturation</translation>
    </message>
    <message>
        <source>Tax information</source>
        <translation>Informations fiscales</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Moyens de paiement</translation>
    </message>
</context>
<context>
    <name>ScalingoBackend</name>
    <message>
        <source>Scalingo API</source>
        <translation>API Scalingo</translation>
    </message>
</context>
<context>
    <name>ScalingoTokenSession</name>
    <message>
        <source>no API token is set for this account</source>
        <translation>aucun jeton d&apos;API n&apos;est défini pour ce compte</translation>
    </message>
</context>
<context>
    <name>ScreenshotCommand</name>
    <message>
        <source>billdeck: gave up after %1 s waiting for the invoices; no screenshot was saved.</source>
        <translation>billdeck&#xa0;: abandon après %1 s d&apos;attente des factures&#xa0;; aucune capture n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>billdeck: could not save the screenshot to %1.</source>
        <translation>billdeck&#xa0;: impossible d&apos;enregistrer la capture dans %1.</translation>
    </message>
    <message>
        <source>billdeck: loading failed: %1</source>
        <translation>billdeck&#xa0;: échec du chargement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No API key or token is stored for this account.</source>
        <translation>Aucune clé ni aucun jeton d&apos;API n&apos;est enregistré pour ce compte.</translation>
    </message>
    <message>
        <source>The keychain refused access; it may be locked.</source>
        <translation>Le trousseau a refusé l&apos;accès&#xa0;; il est peut-être verrouillé.</translation>
    </message>
    <message>
        <source>No keychain is available to keep API keys safely.</source>
        <translation>Aucun trousseau n&apos;est disponible pour conserver les clés d&apos;API en sécurité.</translation>
    </message>
    <message>
        <source>The keychain could not delete the stored key.</source>
        <translation>Le trousseau n&apos;a pas pu supprimer la clé enregistrée.</translation>
    </message>
    <message>
        <source>The keychain failed.</source>
        <translation>Le trousseau a échoué.</translation>
    </message>
    <message>
        <source>A secret needs an account id.</source>
        <translation>Un secret a besoin d&apos;un identifiant de compte.</translation>
    </message>
</context>
<context>
    <name>StartupAccounts</name>
    <message>
        <source>No account is called “%1”: there is no account yet.</source>
        <translation>Aucun compte ne s&apos;appelle «&#xa0;%1&#xa0;»&#xa0;: il n&apos;y a encore aucun compte.</translation>
    </message>
    <message>
        <source>No account is called “%1”. Accounts: %2, or all.</source>
        <translation>Aucun compte ne s&apos;appelle «&#xa0;%1&#xa0;». Comptes&#xa0;: %2, ou all.</translation>
    </message>
    <message>
        <source>No billing account is set up: add one with `billdeck accounts add`, or use --demo or --provider (see `billdeck --help`).</source>
        <translation>Aucun compte de facturation n&apos;est configuré&#xa0;: ajoutez-en un avec `billdeck accounts add`, ou utilisez --demo ou --provider (voir `billdeck --help`).</translation>
    </message>
</context>
<context>
    <name>TaxPage</name>
    <message>
        <source>Tax information</source>
        <translation>Informations fiscales</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete tax information</source>
        <translation>Supprimer les informations fiscales</translation>
    </message>
    <message>
        <source>Delete the organization&apos;s tax registration? Invoices may then include VAT.</source>
        <translation>Supprimer l&apos;immatriculation fiscale de l&apos;organisation&#xa0;? Les factures pourront alors inclure la TVA.</translation>
    </message>
    <message>
        <source>Show an account with a tax registration to edit it.</source>
        <translation>Affichez un compte doté d&apos;une immatriculation fiscale pour la modifier.</translation>
    </message>
    <message>
        <source>The registration %1 uses to decide whether VAT is charged on its invoices.</source>
        <translation>L&apos;immatriculation que %1 utilise pour décider si la TVA est appliquée à ses factures.</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>Choisissez un pays</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>VAT or tax number</source>
        <translation>Numéro de TVA ou d&apos;identification fiscale</translation>
    </message>
    <message>
        <source>Expected format: %1</source>
        <translation>Format attendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your VAT number, with its country prefix.</source>
        <translation>Votre numéro de TVA, avec le préfixe de son pays.</translation>
    </message>
    <message>
        <source>No VAT in this country: a tax number is optional.</source>
        <translation>Pas de TVA dans ce pays&#xa0;: un numéro fiscal est facultatif.</translation>
    </message>
    <message>
        <source>No tax information yet: invoices may include VAT until you add it.</source>
        <translation>Pas encore d&apos;informations fiscales&#xa0;: les factures peuvent inclure la TVA tant que vous ne les avez pas ajoutées.</translation>
    </message>
    <message>
        <source>Add tax information</source>
        <translation>Ajouter les informations fiscales</translation>
    </message>
</context>
<context>
    <name>UnsavedChangesGuard</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>This page has changes that are not saved yet.</source>
        <translation>Cette page contient des modifications qui ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <source>Save them, discard them, or stay on the page?</source>
        <translation>Les enregistrer, les abandonner, ou rester sur la page&#xa0;?</translation>
    </message>
</context>
<context>
    <name>VatFormats</name>
    <message>
        <source>%1 + %2 (like %3)</source>
        <translation>%1 + %2 (comme %3)</translation>
    </message>
    <message>
        <source>Not a VAT number of this country. Expected %1.</source>
        <translation>Ce n&apos;est pas un numéro de TVA de ce pays. Format attendu&#xa0;: %1.</translation>
    </message>
</context>
</TS>
