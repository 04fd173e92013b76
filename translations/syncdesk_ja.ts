<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AcdCatalog</name>
    <message>
        <source>Commercial cloud (%1)</source>
        <translation>商用クラウド (%1)</translation>
    </message>
    <message>
        <source>FedRAMP, US government (%1)</source>
        <translation>FedRAMP、米国政府機関 (%1)</translation>
    </message>
    <message>
        <source>Sovereign cloud, Australia (%1)</source>
        <translation>ソブリンクラウド、オーストラリア (%1)</translation>
    </message>
    <message>
        <source>Sovereign cloud, Europe (%1)</source>
        <translation>ソブリンクラウド、欧州 (%1)</translation>
    </message>
    <message>
        <source>Directory Sync</source>
        <translation>Directory Sync</translation>
    </message>
    <message>
        <source>Presence Sync</source>
        <translation>Presence Sync</translation>
    </message>
    <message>
        <source>Open Adapters in CXone</source>
        <translation>CXone で [Adapters] を開く</translation>
    </message>
    <message>
        <source>Click the app selector and choose Adapters.</source>
        <translation>アプリセレクターをクリックし、[Adapters] を選択します。</translation>
    </message>
    <message>
        <source>Open the Zoom tab and click Map Accounts</source>
        <translation>[Zoom] タブを開いて [Map Accounts] をクリック</translation>
    </message>
    <message>
        <source>On the Account Mapping page, go to the Zoom tab and click Map Accounts.</source>
        <translation>[Account Mapping] ページで [Zoom] タブに移動し、[Map Accounts] をクリックします。</translation>
    </message>
    <message>
        <source>Choose the access-key user, then click Next</source>
        <translation>アクセスキーのユーザーを選択して [Next] をクリック</translation>
    </message>
    <message>
        <source>Under Access Key User, choose the user shown above. Directory Sync works as this user; CXone generates and stores its access key when you choose it.</source>
        <translation>[Access Key User] で、上に表示されているユーザーを選択します。Directory Sync はこのユーザーとして動作します。選択すると、CXone がこのユーザーのアクセスキーを生成して保存します。</translation>
    </message>
    <message>
        <source>Enter the Zoom account details, then click Next</source>
        <translation>Zoom アカウントの詳細を入力して [Next] をクリック</translation>
    </message>
    <message>
        <source>Choose the adapter version and enter the account name, access key ID, secret and feature verification token exactly as listed above.</source>
        <translation>アダプターのバージョンを選択し、アカウント名、アクセスキー ID、シークレット、機能検証トークンを上の一覧のとおり正確に入力します。</translation>
    </message>
    <message>
        <source>Add the notification e-mail addresses</source>
        <translation>通知先のメールアドレスを追加</translation>
    </message>
    <message>
        <source>On the E-mail Notifications screen, add every address above. They receive the adapter&apos;s health, authentication failures and exceptions.</source>
        <translation>[E-mail Notifications] 画面で、上のアドレスをすべて追加します。これらのアドレスには、アダプターの稼働状況、認証エラー、例外が通知されます。</translation>
    </message>
    <message>
        <source>Click Map and Register</source>
        <translation>[Map and Register] をクリック</translation>
    </message>
    <message>
        <source>CXone now accepts Zoom&apos;s events for this account, so Zoom can validate the event endpoint URL.</source>
        <translation>これで CXone がこのアカウントの Zoom イベントを受け付けるため、Zoom でイベントエンドポイント URL を検証できるようになります。</translation>
    </message>
</context>
<context>
    <name>AcdCommands</name>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set. Put the secret in it (%2 names the variable, it never takes the secret itself).</source>
        <translation>環境変数 %1 が空か、設定されていません。この変数にシークレットを設定してください（%2 には変数名を指定します。シークレット自体は指定できません）。</translation>
    </message>
    <message>
        <source>Read settings from profile FILE (secrets from the keychain).</source>
        <translation>プロファイル FILE から設定を読み込みます（シークレットはキーチェーンから取得）。</translation>
    </message>
    <message>
        <source>Use the built-in sandbox (no account needed).</source>
        <translation>内蔵サンドボックスを使用します（アカウント不要）。</translation>
    </message>
    <message>
        <source>ACD issuer (default https://cxone.niceincontact.com; FedRAMP: https://cxone-gov.niceincontact.com).</source>
        <translation>ACD の発行者（既定値: https://cxone.niceincontact.com、FedRAMP: https://cxone-gov.niceincontact.com）。</translation>
    </message>
    <message>
        <source>Client ID of the registered ACD app.</source>
        <translation>登録済みの ACD アプリのクライアント ID。</translation>
    </message>
    <message>
        <source>Name of the environment variable that holds the ACD app&apos;s client secret.</source>
        <translation>ACD アプリのクライアントシークレットを格納する環境変数の名前。</translation>
    </message>
    <message>
        <source>ACD access key ID.</source>
        <translation>ACD のアクセスキー ID。</translation>
    </message>
    <message>
        <source>Name of the environment variable that holds the ACD access key secret.</source>
        <translation>ACD のアクセスキーシークレットを格納する環境変数の名前。</translation>
    </message>
    <message>
        <source>ACD API base URL (skips tenant discovery).</source>
        <translation>ACD API のベース URL（テナント検出を省略します）。</translation>
    </message>
    <message>
        <source>Use either --profile or --sandbox, not both.</source>
        <translation>--profile と --sandbox はどちらか一方のみ指定してください。</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>接続に失敗しました: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>テナント: %1</translation>
    </message>
    <message>
        <source>Business unit: %1</source>
        <translation>ビジネスユニット: %1</translation>
    </message>
    <message>
        <source>Access-key user: %1</source>
        <translation>アクセスキーのユーザー: %1</translation>
    </message>
    <message>
        <source>API base: %1</source>
        <translation>API のベース: %1</translation>
    </message>
    <message>
        <source>Agents: %1</source>
        <translation>エージェント数: %1</translation>
    </message>
    <message>
        <source>Teams: %1</source>
        <translation>チーム数: %1</translation>
    </message>
    <message>
        <source>Unavailable codes: %1</source>
        <translation>不在コード数: %1</translation>
    </message>
    <message>
        <source>Error: unknown format %1; use json or leave --format out for a table.</source>
        <translation>エラー: 不明な形式 %1 です。json を指定するか、表形式で出力する場合は --format を省略してください。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>（チームなし）</translation>
    </message>
</context>
<context>
    <name>AcdConnectionResolver</name>
    <message>
        <source>%1 is a sandbox profile; use --sandbox instead.</source>
        <translation>%1 はサンドボックスのプロファイルです。代わりに --sandbox を使用してください。</translation>
    </message>
    <message>
        <source>The built-in sandbox is not running. Open the sandbox profile again.</source>
        <translation>内蔵サンドボックスが実行されていません。サンドボックスのプロファイルをもう一度開いてください。</translation>
    </message>
    <message>
        <source>%1 is not a valid http(s) URL.</source>
        <translation>%1 は有効な http(s) URL ではありません。</translation>
    </message>
    <message>
        <source>ACD credentials are incomplete. Give --profile FILE, --sandbox, or --acd-client-id, --acd-client-secret-env NAME, --acd-access-key-id and --acd-access-key-secret-env NAME.</source>
        <translation>ACD の認証情報が不足しています。--profile FILE、--sandbox、または --acd-client-id、--acd-client-secret-env NAME、--acd-access-key-id、--acd-access-key-secret-env NAME を指定してください。</translation>
    </message>
    <message>
        <source>ACD credentials are incomplete. Enter the client ID and secret of the registered app and the access key ID and secret in the ACD area.</source>
        <translation>ACD の認証情報が不完全です。ACD 画面で、登録済みアプリのクライアント ID とシークレット、およびアクセスキー ID とシークレットを入力してください。</translation>
    </message>
</context>
<context>
    <name>AddressBookCommands</name>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>No address book has the ID or name &quot;%1&quot;. `syncdeskctl addressbook list` shows them.</source>
        <translation>ID または名前が &quot;%1&quot; のアドレス帳はありません。アドレス帳の一覧は `syncdeskctl addressbook list` で表示できます。</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <source>agents: %1</source>
        <translation>エージェント: %1</translation>
    </message>
    <message>
        <source>teams: %1</source>
        <translation>チーム: %1</translation>
    </message>
    <message>
        <source>skills: %1</source>
        <translation>スキル: %1</translation>
    </message>
    <message>
        <source>campaigns: %1</source>
        <translation>キャンペーン: %1</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>（未割り当て）</translation>
    </message>
    <message>
        <source>Output format: json (default: a table).</source>
        <translation>出力形式: json（既定値: 表形式）。</translation>
    </message>
    <message>
        <source>Type of the new address book: standard or dynamic.</source>
        <translation>新しいアドレス帳の種類: standard または dynamic。</translation>
    </message>
    <message>
        <source>Write the CSV file to FILE instead of stdout.</source>
        <translation>CSV ファイルを標準出力の代わりに FILE に書き込みます。</translation>
    </message>
    <message>
        <source>Usage: syncdeskctl addressbook list [--format json] | create NAME --type standard|dynamic | import ID FILE.csv | export ID [--out FILE]</source>
        <translation>使用法: syncdeskctl addressbook list [--format json] | create NAME --type standard|dynamic | import ID FILE.csv | export ID [--out FILE]</translation>
    </message>
    <message>
        <source>Error: addressbook list takes no arguments.</source>
        <translation>エラー: addressbook list には引数を指定できません。</translation>
    </message>
    <message>
        <source>Error: addressbook create needs the name of the new book.</source>
        <translation>エラー: addressbook create には新しいアドレス帳の名前が必要です。</translation>
    </message>
    <message>
        <source>Error: addressbook import needs the book&apos;s ID and a CSV file.</source>
        <translation>エラー: addressbook import にはアドレス帳の ID と CSV ファイルが必要です。</translation>
    </message>
    <message>
        <source>Error: addressbook export needs the book&apos;s ID.</source>
        <translation>エラー: addressbook export にはアドレス帳の ID が必要です。</translation>
    </message>
    <message>
        <source>Error: addressbook needs a subcommand.</source>
        <translation>エラー: addressbook にはサブコマンドが必要です。</translation>
    </message>
    <message>
        <source>Error: unknown subcommand addressbook %1.</source>
        <translation>エラー: addressbook %1 は不明なサブコマンドです。</translation>
    </message>
    <message>
        <source>Error: unknown format %1; use json or leave --format out for a table.</source>
        <translation>エラー: 不明な形式 %1 です。json を指定するか、表形式で出力する場合は --format を省略してください。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>エントリ数</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>割り当て先</translation>
    </message>
    <message>
        <source>Dynamic</source>
        <translation>動的</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Address books: %1</source>
        <translation>アドレス帳の数: %1</translation>
    </message>
    <message>
        <source>Error: --type is required: standard (entries kept by hand) or dynamic (filled by Directory Sync).</source>
        <translation>エラー: --type を指定してください: standard（エントリを手動で管理）または dynamic（Directory Sync が入力）。</translation>
    </message>
    <message>
        <source>Error: unknown type %1; use standard or dynamic.</source>
        <translation>エラー: 不明な種類 %1 です。standard または dynamic を指定してください。</translation>
    </message>
    <message>
        <source>Created %1 address book &quot;%2&quot; with ID %3.</source>
        <translation>%1アドレス帳 &quot;%2&quot; を作成しました（ID: %3）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a Dynamic address book: entries are written by externalId (added or replaced).</source>
        <translation>&quot;%1&quot; は動的アドレス帳です。エントリは externalId に基づいて書き込まれます（追加または置き換え）。</translation>
    </message>
    <message>
        <source>Line %1: not sent: %2</source>
        <translation>%1 行目: 送信しませんでした: %2</translation>
    </message>
    <message>
        <source>Lines not written: %1 of the %2 valid ones; run the import again once the ACD answers.</source>
        <translation>書き込まれなかった行: 有効な %2 行のうち %1 行。ACD が応答するようになったら、もう一度インポートを実行してください。</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Line %1: %2: %3</source>
        <translation>%1 行目: %2: %3</translation>
    </message>
    <message>
        <source>Line %1: %2: %3 (entry %4)</source>
        <translation>%1 行目: %2: %3（エントリ %4）</translation>
    </message>
    <message>
        <source>Line %1: refused by the ACD: %2: %3</source>
        <translation>%1 行目: ACD が拒否しました: %2: %3</translation>
    </message>
    <message>
        <source>Rows: %1, not sent because of errors: %2, written: %3, refused: %4</source>
        <translation>行数: %1、エラーのため未送信: %2、書き込み済み: %3、拒否: %4</translation>
    </message>
    <message>
        <source>Cannot write to stdout: %1</source>
        <translation>標準出力に書き込めません: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check the folder exists and you may write there.</source>
        <translation>%1 に書き込めません: %2。フォルダーが存在し、書き込み権限があることを確認してください。</translation>
    </message>
    <message>
        <source>Entries exported: %1</source>
        <translation>エクスポートしたエントリ数: %1</translation>
    </message>
</context>
<context>
    <name>AddressBookCsv</name>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>ミドルネーム</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>携帯電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>外部 ID</translation>
    </message>
    <message>
        <source>External ID is required for a Dynamic address book: the ACD matches its entries by it.</source>
        <translation>動的アドレス帳では外部 ID が必須です。ACD は外部 ID でエントリを照合します。</translation>
    </message>
    <message>
        <source>First name is required.</source>
        <translation>名は必須です。</translation>
    </message>
    <message>
        <source>Last name is required.</source>
        <translation>姓は必須です。</translation>
    </message>
    <message>
        <source>%1 has %2 characters; the ACD accepts at most %3. Leave out spaces or extra text.</source>
        <translation>%1 は %2 文字ですが、ACD で使用できるのは最大 %3 文字です。スペースや余分なテキストを省いてください。</translation>
    </message>
    <message>
        <source>E-mail &quot;%1&quot; is not a valid address (expected the form name@example.com).</source>
        <translation>メール &quot;%1&quot; は有効なアドレスではありません（name@example.com の形式で指定してください）。</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as %1. Check accented letters in the preview, or save the file as &quot;CSV UTF-8&quot;.</source>
        <translation>ファイルが UTF-8 ではないため、%1 として読み込みました。プレビューでアクセント付き文字などを確認するか、ファイルを &quot;CSV UTF-8&quot; 形式で保存してください。</translation>
    </message>
    <message>
        <source>The first line &quot;sep=%1&quot; names a separator Syncdesk does not read; use a comma or a semicolon.</source>
        <translation>1 行目の &quot;sep=%1&quot; は Syncdesk が読み取れない区切り文字を指定しています。カンマまたはセミコロンを使用してください。</translation>
    </message>
    <message>
        <source>The file is not valid CSV near line %1 (a quote that is not closed, or a quote inside an unquoted cell). Fix that line and try again.</source>
        <translation>%1 行目付近が有効な CSV ではありません（閉じられていない引用符、または引用符で囲まれていないセル内の引用符）。その行を修正して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The file is empty. It needs a header line such as firstName,lastName,phone and one line per entry.</source>
        <translation>ファイルが空です。firstName,lastName,phone のようなヘッダー行と、エントリごとに 1 行が必要です。</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; repeats %2 and is ignored.</source>
        <translation>列 &quot;%1&quot; は %2 の列と重複しているため、無視されます。</translation>
    </message>
    <message>
        <source>Line %1 must name the columns, at least firstName and lastName (found: %2). The columns are firstName, middleName, lastName, company, phone, mobile, email.</source>
        <translation>%1 行目には列名（少なくとも firstName と lastName）が必要です（検出: %2）。列は firstName、middleName、lastName、company、phone、mobile、email です。</translation>
    </message>
    <message>
        <source>A Dynamic address book needs an externalId column: the ACD matches its entries by it. Add the column, or import into a Standard book.</source>
        <translation>動的アドレス帳には externalId 列が必要です。ACD はこの列でエントリを照合します。列を追加するか、標準アドレス帳にインポートしてください。</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>インポートされない列: %1</translation>
    </message>
    <message>
        <source>The line has %1 cells but the header names %2 columns; check the separator and the quotes.</source>
        <translation>この行のセルは %1 個ですが、ヘッダーの列は %2 個です。区切り文字と引用符を確認してください。</translation>
    </message>
    <message>
        <source>External ID %1 is also on line %2; each entry may appear once.</source>
        <translation>外部 ID %1 は %2 行目にもあります。各エントリは 1 回だけ指定できます。</translation>
    </message>
</context>
<context>
    <name>CallCenterDefinition</name>
    <message>
        <source>The sortOrder of %1 is &quot;%2&quot;: write a whole number from 0 up.</source>
        <translation>%1 の sortOrder が &quot;%2&quot; です。0 以上の整数を指定してください。</translation>
    </message>
    <message>
        <source>The sortOrder values in %1 must run 0, 1, 2 and so on without gaps or repeats: renumber them.</source>
        <translation>%1 内の sortOrder の値は、0、1、2… と欠番や重複なく連続している必要があります。番号を振り直してください。</translation>
    </message>
    <message>
        <source>A section or item has no name: give it one.</source>
        <translation>名前のないセクションまたは項目があります。名前を付けてください。</translation>
    </message>
    <message>
        <source>The name %1 is longer than 40 characters: shorten it.</source>
        <translation>名前 %1 が 40 文字を超えています。短くしてください。</translation>
    </message>
    <message>
        <source>The name %1 may only contain letters and digits and must start with a letter.</source>
        <translation>名前 %1 には英字と数字のみを使用でき、先頭は英字である必要があります。</translation>
    </message>
    <message>
        <source>The name %1 is reserved by Salesforce (names starting with &quot;req&quot; other than the standard ones, label, sortOrder, internalName, displayNameLabel): choose another.</source>
        <translation>名前 %1 は Salesforce で予約されています（標準の名前以外で &quot;req&quot; で始まる名前、label、sortOrder、internalName、displayNameLabel）。別の名前を指定してください。</translation>
    </message>
    <message>
        <source>The name %1 is used twice: each name may appear once.</source>
        <translation>名前 %1 が 2 回使用されています。各名前は 1 回だけ使用できます。</translation>
    </message>
    <message>
        <source>The definition has no sections: it needs at least reqGeneralInfo.</source>
        <translation>定義にセクションがありません。少なくとも reqGeneralInfo が必要です。</translation>
    </message>
    <message>
        <source>The label of %1 is longer than 1000 characters: shorten it.</source>
        <translation>%1 のラベルが 1000 文字を超えています。短くしてください。</translation>
    </message>
    <message>
        <source>The section reqGeneralInfo is missing: every call center needs it.</source>
        <translation>セクション reqGeneralInfo がありません。このセクションはすべてのコールセンターに必要です。</translation>
    </message>
    <message>
        <source>The item %1 is missing from reqGeneralInfo: add it.</source>
        <translation>reqGeneralInfo に項目 %1 がありません。追加してください。</translation>
    </message>
    <message>
        <source>reqInternalName must have sortOrder 0.</source>
        <translation>reqInternalName の sortOrder は 0 である必要があります。</translation>
    </message>
    <message>
        <source>The internal name &quot;%1&quot; may only contain letters and digits and must start with a letter.</source>
        <translation>内部名 &quot;%1&quot; には英字と数字のみを使用でき、先頭は英字である必要があります。</translation>
    </message>
    <message>
        <source>The internal name is longer than 40 characters: shorten it.</source>
        <translation>内部名が 40 文字を超えています。短くしてください。</translation>
    </message>
    <message>
        <source>reqDisplayName must have sortOrder 1.</source>
        <translation>reqDisplayName の sortOrder は 1 である必要があります。</translation>
    </message>
    <message>
        <source>The display name is empty: agents see it in Salesforce, type one.</source>
        <translation>表示名が空です。表示名は Salesforce でエージェントに表示されます。入力してください。</translation>
    </message>
    <message>
        <source>The display name is longer than 1000 characters: shorten it.</source>
        <translation>表示名が 1000 文字を超えています。短くしてください。</translation>
    </message>
    <message>
        <source>The compatibility mode &quot;%1&quot; is not one of Classic, Lightning or Classic_and_Lightning.</source>
        <translation>互換モード &quot;%1&quot; は Classic、Lightning、Classic_and_Lightning のいずれでもありません。</translation>
    </message>
    <message>
        <source>The CTI adapter URL is empty: type the adapter&apos;s https address.</source>
        <translation>CTI アダプター URL が空です。アダプターの https アドレスを入力してください。</translation>
    </message>
    <message>
        <source>The CTI adapter URL &quot;%1&quot; must be a full https:// address for Lightning.</source>
        <translation>Lightning では、CTI アダプター URL &quot;%1&quot; は https:// で始まる完全なアドレスである必要があります。</translation>
    </message>
    <message>
        <source>The CTI adapter URL still names the placeholder %1: type your Zoom vanity host.</source>
        <translation>CTI アダプター URL にプレースホルダー %1 が残っています。Zoom のバニティ URL のホストを入力してください。</translation>
    </message>
    <message>
        <source>reqUseApi must be true (Open CTI) or false.</source>
        <translation>reqUseApi は true（Open CTI）または false である必要があります。</translation>
    </message>
    <message>
        <source>The softphone %1 &quot;%2&quot; must be a whole number of pixels from %3 to %4.</source>
        <translation>ソフトフォンの%1 &quot;%2&quot; は、%3～%4 の整数のピクセル数で指定してください。</translation>
    </message>
    <message>
        <source>width</source>
        <translation>幅</translation>
    </message>
    <message>
        <source>height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <source>The dialing prefix %1 &quot;%2&quot; may only contain digits.</source>
        <translation>ダイヤルプレフィックス %1 の値 &quot;%2&quot; には数字のみを使用できます。</translation>
    </message>
    <message>
        <source>Line %1: the file starts with &lt;%2&gt;, not &lt;callCenter&gt;: this is not a call-center definition.</source>
        <translation>%1 行目: ファイルが &lt;callCenter&gt; ではなく &lt;%2&gt; で始まっています。コールセンター定義ではありません。</translation>
    </message>
    <message>
        <source>Line %1: an &lt;item&gt; outside a &lt;section&gt;: move it into one.</source>
        <translation>%1 行目: &lt;item&gt; が &lt;section&gt; の外にあります。&lt;section&gt; 内に移動してください。</translation>
    </message>
    <message>
        <source>Line %1: &lt;%2&gt; is not part of a call-center definition (only &lt;section&gt; and &lt;item&gt;).</source>
        <translation>%1 行目: &lt;%2&gt; はコールセンター定義の要素ではありません（使用できるのは &lt;section&gt; と &lt;item&gt; のみです）。</translation>
    </message>
    <message>
        <source>Line %1: the XML is not well-formed (%2): fix the file and validate again.</source>
        <translation>%1 行目: XML の形式が正しくありません（%2）。ファイルを修正して、もう一度検証してください。</translation>
    </message>
    <message>
        <source>Line %1: the file has no &lt;callCenter&gt; element.</source>
        <translation>%1 行目: ファイルに &lt;callCenter&gt; 要素がありません。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
</context>
<context>
    <name>CaptureReader</name>
    <message>
        <source>Cannot open the capture file %1: %2</source>
        <translation>キャプチャファイル %1 を開けません: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>&quot;received_at&quot; is missing or not an ISO-8601 time</source>
        <translation>&quot;received_at&quot; がないか、ISO-8601 形式の時刻ではありません</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;</source>
        <translation>不明なソース &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown verification &quot;%1&quot;</source>
        <translation>不明な検証方法 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;headers&quot; is neither an object nor a list</source>
        <translation>&quot;headers&quot; がオブジェクトでもリストでもありません</translation>
    </message>
    <message>
        <source>&quot;body_base64&quot; is not valid base64</source>
        <translation>&quot;body_base64&quot; が有効な base64 ではありません</translation>
    </message>
    <message>
        <source>no &quot;body&quot;</source>
        <translation>&quot;body&quot; がありません</translation>
    </message>
    <message>
        <source>Cannot read the capture file %1: %2</source>
        <translation>キャプチャファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>有効な JSON ではありません (%1)</translation>
    </message>
    <message>
        <source>Line %1: the last line was cut off (the capture was not closed properly); it is skipped.</source>
        <translation>%1 行目: 最終行が途中で切れているため（キャプチャが正しく閉じられませんでした）、スキップします。</translation>
    </message>
</context>
<context>
    <name>CaptureWriter</name>
    <message>
        <source>Cannot create the capture file %1: %2</source>
        <translation>キャプチャファイル %1 を作成できません: %2</translation>
    </message>
    <message>
        <source>Cannot write to the capture file %1: %2</source>
        <translation>キャプチャファイル %1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>CtiCommands</name>
    <message>
        <source>Run syncdeskctl cti %1 --help for the options.</source>
        <translation>オプションについては、syncdeskctl cti %1 --help を実行してください。</translation>
    </message>
    <message>
        <source>Could not write to stdout. Check the pipe or use --out FILE.</source>
        <translation>標準出力に書き込めませんでした。パイプを確認するか、--out FILE を使用してください。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>書き込み済み: %1</translation>
    </message>
    <message>
        <source>The SSO variant (adapter on your Zoom vanity host).</source>
        <translation>SSO 用の定義を出力します（アダプターに Zoom のバニティ URL のホストを使用）。</translation>
    </message>
    <message>
        <source>With --sso: your Zoom vanity host (e.g. acme.zoom.us), replacing zoom.us in the adapter URL.</source>
        <translation>--sso 使用時: Zoom のバニティ URL のホスト（例: acme.zoom.us）。アダプター URL の zoom.us を置き換えます。</translation>
    </message>
    <message>
        <source>Internal name (letters and digits, at most 40, starting with a letter).</source>
        <translation>内部名（英字と数字、最大 40 文字、先頭は英字）。</translation>
    </message>
    <message>
        <source>Display name agents see in Salesforce.</source>
        <translation>Salesforce でエージェントに表示される表示名。</translation>
    </message>
    <message>
        <source>Softphone width in pixels (200 to 1920).</source>
        <translation>ソフトフォンの幅（ピクセル、200～1920）。</translation>
    </message>
    <message>
        <source>Softphone height in pixels (240 to 2560).</source>
        <translation>ソフトフォンの高さ（ピクセル、240～2560）。</translation>
    </message>
    <message>
        <source>Write to FILE instead of stdout.</source>
        <translation>標準出力の代わりに FILE に書き込みます。</translation>
    </message>
    <message>
        <source>Usage: syncdeskctl cti callcenter-xml [--sso [--vanity-url HOST]] [--internal-name NAME] [--display-name NAME] [--softphone-width N] [--softphone-height N] [--out FILE]</source>
        <translation>使用法: syncdeskctl cti callcenter-xml [--sso [--vanity-url HOST]] [--internal-name NAME] [--display-name NAME] [--softphone-width N] [--softphone-height N] [--out FILE]</translation>
    </message>
    <message>
        <source>Usage: syncdeskctl cti validate FILE.xml</source>
        <translation>使用法: syncdeskctl cti validate FILE.xml</translation>
    </message>
    <message>
        <source>Usage: syncdeskctl cti country-codes CODE… (for example +1 +49 +81)</source>
        <translation>使用法: syncdeskctl cti country-codes CODE…（例: +1 +49 +81）</translation>
    </message>
    <message>
        <source>Usage: syncdeskctl cti softphone-layout [--out FILE]</source>
        <translation>使用法: syncdeskctl cti softphone-layout [--out FILE]</translation>
    </message>
    <message>
        <source>Usage: syncdeskctl cti callcenter-xml|validate|country-codes|softphone-layout …</source>
        <translation>使用法: syncdeskctl cti callcenter-xml|validate|country-codes|softphone-layout …</translation>
    </message>
    <message>
        <source>Unknown cti command: %1 (callcenter-xml, validate, country-codes or softphone-layout).</source>
        <translation>不明な cti コマンド: %1（callcenter-xml、validate、country-codes、softphone-layout のいずれかを指定してください）。</translation>
    </message>
    <message>
        <source>--vanity-url belongs to the SSO variant: add --sso.</source>
        <translation>--vanity-url は SSO 用でのみ使用できます。--sso を追加してください。</translation>
    </message>
    <message>
        <source>--vanity-url takes a host name such as acme.zoom.us, without https:// or a path.</source>
        <translation>--vanity-url には、https:// やパスを含まないホスト名（例: acme.zoom.us）を指定してください。</translation>
    </message>
    <message>
        <source>--softphone-width takes a whole number of pixels (200 to 1920).</source>
        <translation>--softphone-width にはピクセル数を整数で指定してください（200～1920）。</translation>
    </message>
    <message>
        <source>--softphone-height takes a whole number of pixels (240 to 2560).</source>
        <translation>--softphone-height にはピクセル数を整数で指定してください（240～2560）。</translation>
    </message>
    <message>
        <source>Problems: %1. Nothing was written; correct the options and run again.</source>
        <translation>問題: %1 件。何も書き込まれていません。オプションを修正して、もう一度実行してください。</translation>
    </message>
    <message>
        <source>Warning: the adapter URL names the placeholder host %1, as in the seed. Add --vanity-url HOST (e.g. acme.zoom.us) before importing the file into Salesforce.</source>
        <translation>警告: アダプター URL には、Zoom の設定手順と同じくプレースホルダーのホスト %1 が指定されています。ファイルを Salesforce にインポートする前に、--vanity-url HOST（例: acme.zoom.us）を追加してください。</translation>
    </message>
    <message>
        <source>%1 is a valid call-center definition.</source>
        <translation>%1 は有効なコールセンター定義です。</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>問題: %1 件</translation>
    </message>
    <message>
        <source>Valid country codes (%1 of at most %2): %3</source>
        <translation>有効な国コード（%1 個、最大 %2 個）: %3</translation>
    </message>
</context>
<context>
    <name>CtiSettings</name>
    <message>
        <source>%1 country codes are listed; Zoom accepts at most %2: remove some.</source>
        <translation>国コードが %1 個指定されていますが、Zoom で指定できるのは最大 %2 個です。いくつか削除してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ITU calling code (for example +1, +44, +81).</source>
        <translation>&quot;%1&quot; は ITU の国コードではありません（例: +1、+44、+81）。</translation>
    </message>
    <message>
        <source>The country code %1 is listed twice: keep one.</source>
        <translation>国コード %1 が 2 回指定されています。1 つだけにしてください。</translation>
    </message>
    <message>
        <source>The panel width and height must be at least 1 pixel.</source>
        <translation>パネルの幅と高さは 1 ピクセル以上である必要があります。</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>%1 に書き込めませんでした: %2。別のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 を読み込めませんでした: %2。</translation>
    </message>
    <message>
        <source>Install the Zoom Contact Center package from the URL your Zoom contact sent (Install for Admins Only)</source>
        <translation>Zoom 担当者から送付された URL で Zoom Contact Center パッケージをインストール（[管理者のみのインストール]）</translation>
    </message>
    <message>
        <source>Check that Zoom Contact Center (ZVC) appears under Apps &gt; Packaging &gt; Installed Packages</source>
        <translation>[アプリ] &gt; [パッケージ] &gt; [インストール済みパッケージ] に Zoom Contact Center（ZVC）が表示されることを確認</translation>
    </message>
    <message>
        <source>In Zoom for Lightning for admins, activate the Zoom Contact Center product and finish its steps</source>
        <translation>管理者向け Zoom for Lightning で Zoom Contact Center のプロダクトをアクティベートし、画面の手順を完了</translation>
    </message>
    <message>
        <source>Import the call-center definition XML under Feature Settings &gt; Service &gt; Call Center and save</source>
        <translation>[機能設定] &gt; [サービス] &gt; [コールセンター] でコールセンター定義の XML をインポートして保存</translation>
    </message>
    <message>
        <source>Add the Open CTI Softphone utility item to the Lightning app</source>
        <translation>Lightning アプリにユーティリティ項目 [CTI ソフトフォンを開く] を追加</translation>
    </message>
    <message>
        <source>Assign users to the Zoom Contact Center Admin or Agent permission set</source>
        <translation>ユーザーを権限セット [Zoom Contact Center 管理者] または [Zoom Contact Center エージェント] に割り当て</translation>
    </message>
    <message>
        <source>Add the agents as call-center users (Manage Call Center Users)</source>
        <translation>エージェントをコールセンターのユーザーとして追加（[コールセンターのユーザーを管理]）</translation>
    </message>
    <message>
        <source>In the product&apos;s settings, authorize from the Zoom App Marketplace</source>
        <translation>プロダクトの [設定] で [Zoom アプリ マーケットプレイスから承認] をクリック</translation>
    </message>
    <message>
        <source>Confirm the notice &quot;Authorized access to Contact Center&quot; in the Salesforce settings page</source>
        <translation>Salesforce の設定ページに「Contact Center へのアクセスを承認済み」という通知が表示されることを確認</translation>
    </message>
    <message>
        <source>Ask Zoom support to enable the Integrations menu of the web portal</source>
        <translation>Zoom サポートに依頼して、ウェブポータルの [連携] メニューを有効化</translation>
    </message>
    <message>
        <source>Add the Salesforce application with OAuth under Contact Center Management &gt; Integrations</source>
        <translation>[コンタクト センター管理] &gt; [連携] で Salesforce アプリケーションを OAuth で追加</translation>
    </message>
    <message>
        <source>Select Salesforce as the client integration of every agent under Contact Center Management &gt; Users</source>
        <translation>[コンタクト センター管理] &gt; [ユーザー] で、各エージェントの [クライアント連携] に Salesforce を選択</translation>
    </message>
    <message>
        <source>Package and Salesforce setup</source>
        <translation>パッケージと Salesforce の設定</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Zoom web portal</source>
        <translation>Zoom ウェブポータル</translation>
    </message>
    <message>
        <source>Session History</source>
        <translation>セッション履歴</translation>
    </message>
    <message>
        <source>CCI Configuration</source>
        <translation>CCI 構成</translation>
    </message>
    <message>
        <source>CCI Presence State Relation</source>
        <translation>CCI プレゼンス状態の関係</translation>
    </message>
    <message>
        <source>Setting Related Item</source>
        <translation>設定の関連項目</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Zoom Product Setting</source>
        <translation>Zoom プロダクト設定</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>Zoom for Lightning for Admins</source>
        <translation>管理者向け Zoom for Lightning</translation>
    </message>
    <message>
        <source>Zoom Settings</source>
        <translation>Zoom 設定</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Zoom Product Setup</source>
        <translation>Zoom プロダクトのセットアップ</translation>
    </message>
    <message>
        <source>Call centers</source>
        <translation>コールセンター</translation>
    </message>
    <message>
        <source>Custom metadata</source>
        <translation>カスタム メタデータ</translation>
    </message>
    <message>
        <source>CCI App Client</source>
        <translation>CCI アプリ クライアント</translation>
    </message>
    <message>
        <source>OAuth Token</source>
        <translation>OAuth トークン</translation>
    </message>
    <message>
        <source>Custom settings</source>
        <translation>カスタム設定</translation>
    </message>
    <message>
        <source>Phone Country Code</source>
        <translation>電話の国コード</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>取引先</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>リード</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商談</translation>
    </message>
</context>
<context>
    <name>DeveloperNames</name>
    <message>
        <source>The developer name is empty (a label without Latin letters or digits gives none). Enter one with letters, digits and underscores that starts with a letter, for example On_Break.</source>
        <translation>API 参照名が空です（ラテン文字も数字も含まない表示ラベルからは生成されません）。英字で始まり、英字、数字、アンダースコアだけを含む名前を入力してください（例: On_Break）。</translation>
    </message>
    <message>
        <source>The developer name must start with a letter, not %1. Put a letter in front, for example X.</source>
        <translation>API 参照名は %1 ではなく英字で始める必要があります。先頭に英字（例: X）を付けてください。</translation>
    </message>
    <message>
        <source>The developer name has a character that is not allowed at position %1 (%2): only the letters A-Z and a-z, the digits 0-9 and underscores are. Replace it, for example with an underscore.</source>
        <translation>API 参照名の %1 文字目に使用できない文字 (%2) があります。使用できるのは英字 A-Z と a-z、数字 0-9、アンダースコアのみです。アンダースコアなどに置き換えてください。</translation>
    </message>
    <message>
        <source>The developer name has two underscores in a row at position %1; Salesforce keeps __ for its own suffixes such as __c. Use a single underscore.</source>
        <translation>API 参照名の %1 文字目にアンダースコアが 2 つ続いています。__ は Salesforce が __c などの独自のサフィックスに使用します。アンダースコアは 1 つにしてください。</translation>
    </message>
    <message>
        <source>The developer name must not end with an underscore. Remove the last one.</source>
        <translation>API 参照名の末尾にアンダースコアは使用できません。末尾のアンダースコアを削除してください。</translation>
    </message>
    <message>
        <source>The developer name must have at most %1 characters, not %2. Shorten it.</source>
        <translation>API 参照名は %1 文字以内にする必要があります（現在 %2 文字）。短くしてください。</translation>
    </message>
    <message>
        <source>Another status already has the developer name %1 (names that differ only in capitals count as the same). Give each status its own developer name.</source>
        <translation>API 参照名 %1 は既に別のプレゼンス状況で使用されています（大文字と小文字の違いだけの名前は同じと見なされます）。プレゼンス状況ごとに異なる API 参照名を付けてください。</translation>
    </message>
</context>
<context>
    <name>DiagnosticsCommand</name>
    <message>
        <source>Write the diagnostics zip to FILE.</source>
        <translation>診断情報の ZIP ファイルを FILE に書き出します。</translation>
    </message>
    <message>
        <source>Describe profile FILE and check its endpoints.</source>
        <translation>プロファイル FILE の概要を含め、そのエンドポイントへの接続を確認します。</translation>
    </message>
    <message>
        <source>Describe the built-in sandbox and check its endpoints.</source>
        <translation>内蔵サンドボックスの概要を含め、そのエンドポイントへの接続を確認します。</translation>
    </message>
    <message>
        <source>Seconds each connectivity check may take.</source>
        <translation>各接続確認に許容する秒数。</translation>
    </message>
    <message>
        <source>Usage: syncdeskctl diagnostics --out FILE.zip [--profile FILE | --sandbox]</source>
        <translation>使用法: syncdeskctl diagnostics --out FILE.zip [--profile FILE | --sandbox]</translation>
    </message>
    <message>
        <source>Use either --profile or --sandbox, not both.</source>
        <translation>--profile と --sandbox はどちらか一方のみ指定してください。</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 300.</source>
        <translation>--timeout には 1～300 の秒数を指定してください。</translation>
    </message>
    <message>
        <source>no profile</source>
        <translation>プロファイルなし</translation>
    </message>
    <message>
        <source>the sandbox profile</source>
        <translation>サンドボックスのプロファイル</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>プロファイル %1</translation>
    </message>
    <message>
        <source>Diagnostics of %1: %2; endpoints reachable: %3 of %4; no secrets inside.</source>
        <translation>診断情報（%1）: %2。接続できたエンドポイント: %3/%4。シークレットは含まれていません。</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <source>Save Diagnostics</source>
        <translation>診断情報を保存</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>ZIP ファイル (*.zip)</translation>
    </message>
    <message>
        <source>Checking the connections…</source>
        <translation>接続を確認しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Diagnostics progress</source>
        <translation>診断情報の進行状況</translation>
    </message>
    <message>
        <source>The diagnostics were saved to %1.</source>
        <translation>診断情報を %1 に保存しました。</translation>
    </message>
    <message>
        <source>It holds versions, platform, the profile&apos;s settings, the last log lines and the connection checks. No password, secret or token is inside: you can send it to support.</source>
        <translation>バージョン、プラットフォーム、プロファイルの設定、最後のログ行、接続確認の結果が含まれます。パスワード、シークレット、トークンは含まれないため、そのままサポートに送信できます。</translation>
    </message>
    <message>
        <source>Log Folder</source>
        <translation>ログフォルダー</translation>
    </message>
    <message>
        <source>The log files are in %1.</source>
        <translation>ログファイルは %1 にあります。</translation>
    </message>
</context>
<context>
    <name>DirectoryApplyLog</name>
    <message>
        <source>The apply log %1 cannot be opened: %2. The apply itself is done.</source>
        <translation>適用ログ %1 を開けません: %2。適用自体は完了しています。</translation>
    </message>
    <message>
        <source>The disk holding the apply log %1 is full. Free some space; the apply itself is done.</source>
        <translation>適用ログ %1 を保存するディスクがいっぱいです。空き容量を確保してください。適用自体は完了しています。</translation>
    </message>
    <message>
        <source>The apply log %1 cannot be written: %2. The apply itself is done.</source>
        <translation>適用ログ %1 に書き込めません: %2。適用自体は完了しています。</translation>
    </message>
    <message>
        <source>The apply log %1 cannot be read: %2</source>
        <translation>適用ログ %1 を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>DirectoryCommands</name>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Use either --profile or --sandbox, not both.</source>
        <translation>--profile と --sandbox はどちらか一方のみ指定してください。</translation>
    </message>
    <message>
        <source>The Directory Sync mapping in profile %1 is not usable: %2</source>
        <translation>プロファイル %1 の Directory Sync マッピングは使用できません: %2</translation>
    </message>
    <message>
        <source>%1 address books are named “%2” (IDs %3). Give the ID with --address-book instead.</source>
        <translation>「%2」という名前のアドレス帳が %1 個あります（ID: %3）。代わりに --address-book で ID を指定してください。</translation>
    </message>
    <message>
        <source>No address book has the ID or name “%1”. Dynamic address books: %2.</source>
        <translation>ID または名前が「%1」のアドレス帳はありません。動的アドレス帳: %2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>“%1” is a %2 address book; Directory Sync writes only to Dynamic address books. Create one with syncdeskctl addressbook create NAME --type dynamic.</source>
        <translation>「%1」は %2 のアドレス帳です。Directory Sync が書き込めるのは動的（Dynamic）アドレス帳のみです。syncdeskctl addressbook create NAME --type dynamic で作成してください。</translation>
    </message>
    <message>
        <source>The output cannot be written: %1</source>
        <translation>出力を書き込めません: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Address book: %1 (%2), entries: %3</source>
        <translation>アドレス帳: %1 (%2)、エントリ数: %3</translation>
    </message>
    <message>
        <source>Number of simulated users in the sandbox.</source>
        <translation>サンドボックスの模擬ユーザー数。</translation>
    </message>
    <message>
        <source>Zoom account ID.</source>
        <translation>Zoom のアカウント ID。</translation>
    </message>
    <message>
        <source>Client ID of the Zoom Server-to-Server OAuth app.</source>
        <translation>Zoom の Server-to-Server OAuth アプリのクライアント ID。</translation>
    </message>
    <message>
        <source>Name of the environment variable that holds the Zoom client secret.</source>
        <translation>Zoom のクライアントシークレットを格納する環境変数の名前。</translation>
    </message>
    <message>
        <source>Read the Zoom client secret from the first line of stdin.</source>
        <translation>標準入力の 1 行目から Zoom のクライアントシークレットを読み込みます。</translation>
    </message>
    <message>
        <source>Zoom OAuth base URL (default https://zoom.us).</source>
        <translation>Zoom OAuth のベース URL（既定値: https://zoom.us）。</translation>
    </message>
    <message>
        <source>Zoom API base URL (default https://api.zoom.us).</source>
        <translation>Zoom API のベース URL（既定値: https://api.zoom.us）。</translation>
    </message>
    <message>
        <source>The Dynamic address book to sync into, by ID or exact name.</source>
        <translation>同期先の動的アドレス帳（ID または正確な名前）。</translation>
    </message>
    <message>
        <source>Directory Sync mapping (JSON; default: the profile&apos;s, else the built-in defaults).</source>
        <translation>Directory Sync のマッピング（JSON。既定値: プロファイルのマッピング、ない場合は組み込みの既定値）。</translation>
    </message>
    <message>
        <source>dry-run output: jsonl or csv.</source>
        <translation>dry-run の出力形式: jsonl または csv。</translation>
    </message>
    <message>
        <source>Write the dry run to FILE instead of stdout.</source>
        <translation>ドライランの結果を標準出力の代わりに FILE に書き込みます。</translation>
    </message>
    <message>
        <source>apply: really write the changes (without it, only the plan is shown).</source>
        <translation>apply: 変更を実際に書き込みます（指定しない場合は計画のみを表示します）。</translation>
    </message>
    <message>
        <source>apply: write nothing when removals exceed PERCENT of the book&apos;s entries.</source>
        <translation>apply: 削除がアドレス帳のエントリの PERCENT % を超える場合は何も書き込みません。</translation>
    </message>
    <message>
        <source>Unknown command: %1. Use directory dry-run or directory apply.</source>
        <translation>不明なコマンド: %1。directory dry-run または directory apply を使用してください。</translation>
    </message>
    <message>
        <source>--sandbox-users takes a number from 0 to 100000.</source>
        <translation>--sandbox-users には 0～100000 の数値を指定してください。</translation>
    </message>
    <message>
        <source>--address-book NAME-OR-ID is required.</source>
        <translation>--address-book NAME-OR-ID を指定してください。</translation>
    </message>
    <message>
        <source>--format takes jsonl or csv.</source>
        <translation>--format には jsonl または csv を指定してください。</translation>
    </message>
    <message>
        <source>--max-removals takes a percentage from 0 to 100.</source>
        <translation>--max-removals には 0～100 のパーセント値を指定してください。</translation>
    </message>
    <message>
        <source>Nothing was written. Run again with --yes to apply these changes.</source>
        <translation>何も書き込まれていません。これらの変更を適用するには、--yes を付けてもう一度実行してください。</translation>
    </message>
    <message>
        <source>Nothing to change: the address book is up to date.</source>
        <translation>変更はありません。アドレス帳は最新の状態です。</translation>
    </message>
    <message>
        <source>To allow it: --max-removals %1</source>
        <translation>許可するには: --max-removals %1</translation>
    </message>
    <message>
        <source>Failed: %1 %2: %3</source>
        <translation>失敗: %1 %2: %3</translation>
    </message>
    <message>
        <source>Written: %1, failed: %2</source>
        <translation>書き込み済み: %1、失敗: %2</translation>
    </message>
    <message>
        <source>Run the same command again to finish: entries already written are not duplicated.</source>
        <translation>完了させるには、同じコマンドをもう一度実行してください。書き込み済みのエントリが重複することはありません。</translation>
    </message>
</context>
<context>
    <name>DirectoryMapping</name>
    <message>
        <source>“%1” must be an object with lists of departments, domains, userTypes and statuses.</source>
        <translation>「%1」は departments、domains、userTypes、statuses のリストを持つオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>“%1” has an unknown list “%2”. Known lists: %3.</source>
        <translation>「%1」に不明なリスト「%2」があります。使用できるリスト: %3。</translation>
    </message>
    <message>
        <source>“%1.%2” must be a list of texts.</source>
        <translation>「%1.%2」はテキストのリストである必要があります。</translation>
    </message>
    <message>
        <source>The mapping has an unknown key “%1”. Known keys: %2.</source>
        <translation>マッピングに不明なキー「%1」があります。使用できるキー: %2。</translation>
    </message>
    <message>
        <source>“attributes” must be an object of ACD field → Zoom field.</source>
        <translation>「attributes」は ACD フィールド → Zoom フィールドのオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>“attributes” names an unknown ACD field “%1”. ACD fields: %2.</source>
        <translation>「attributes」に不明な ACD フィールド「%1」が指定されています。ACD フィールド: %2。</translation>
    </message>
    <message>
        <source>The Zoom field for “%1” must be a text such as &quot;first_name&quot;, or null.</source>
        <translation>「%1」の Zoom フィールドは、&quot;first_name&quot; のようなテキストか null である必要があります。</translation>
    </message>
    <message>
        <source>The Zoom field for “%1” is “%2”: Zoom field names have no spaces (e.g. first_name, dept, phone).</source>
        <translation>「%1」の Zoom フィールドが「%2」になっています。Zoom のフィールド名にスペースは含まれません（例: first_name、dept、phone）。</translation>
    </message>
    <message>
        <source>“appendExtension” must be true or false.</source>
        <translation>「appendExtension」は true または false である必要があります。</translation>
    </message>
    <message>
        <source>“onlyActive” must be true or false.</source>
        <translation>「onlyActive」は true または false である必要があります。</translation>
    </message>
    <message>
        <source>“numberTranslation” must be a list of {&quot;match&quot;, &quot;replace&quot;} rules.</source>
        <translation>「numberTranslation」は {&quot;match&quot;, &quot;replace&quot;} ルールのリストである必要があります。</translation>
    </message>
    <message>
        <source>Number translation rule %1 needs a &quot;match&quot; pattern.</source>
        <translation>番号変換ルール %1 には &quot;match&quot; パターンが必要です。</translation>
    </message>
    <message>
        <source>The &quot;replace&quot; of number translation rule %1 must be a text.</source>
        <translation>番号変換ルール %1 の &quot;replace&quot; はテキストである必要があります。</translation>
    </message>
    <message>
        <source>The mapping file %1 does not exist. Check the path.</source>
        <translation>マッピングファイル %1 は存在しません。パスを確認してください。</translation>
    </message>
    <message>
        <source>The mapping file %1 cannot be read: %2</source>
        <translation>マッピングファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The mapping file %1 is not valid JSON (at character %2: %3).</source>
        <translation>マッピングファイル %1 は有効な JSON ではありません（%2 文字目: %3）。</translation>
    </message>
    <message>
        <source>The mapping file %1 must hold one JSON object.</source>
        <translation>マッピングファイル %1 には JSON オブジェクトを 1 つ含める必要があります。</translation>
    </message>
    <message>
        <source>The mapping file %1 is not usable: %2</source>
        <translation>マッピングファイル %1 は使用できません: %2</translation>
    </message>
    <message>
        <source>The mapping cannot be saved to %1: %2</source>
        <translation>マッピングを %1 に保存できません: %2</translation>
    </message>
</context>
<context>
    <name>DirectoryPlan</name>
    <message>
        <source>department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>e-mail domain</source>
        <translation>メールドメイン</translation>
    </message>
    <message>
        <source>user type</source>
        <translation>ユーザータイプ</translation>
    </message>
    <message>
        <source>status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Pending user: no Zoom user ID yet. The entry is written once the user has accepted the Zoom invitation.</source>
        <translation>保留中のユーザー: まだ Zoom ユーザー ID がありません。ユーザーが Zoom の招待を承諾すると、エントリが書き込まれます。</translation>
    </message>
    <message>
        <source>Inactive in Zoom (status “%1”); only active users are synced. Set “onlyActive” to false to include them.</source>
        <translation>Zoom で無効です（ステータス「%1」）。同期されるのは有効なユーザーのみです。含めるには「onlyActive」を false に設定してください。</translation>
    </message>
    <message>
        <source>Not included by the filter on %1: “%2” is not in the include list.</source>
        <translation>%1 のフィルターで対象外: 「%2」は対象リストに含まれていません。</translation>
    </message>
    <message>
        <source>Excluded by the filter on %1 (“%2”).</source>
        <translation>%1 のフィルターで除外されました（「%2」）。</translation>
    </message>
    <message>
        <source>No first or last name (%1): agents could not find the entry. Add the name in Zoom or map another field.</source>
        <translation>名も姓もありません（%1）。エージェントがエントリを見つけられません。Zoom で名前を追加するか、別のフィールドをマッピングしてください。</translation>
    </message>
    <message>
        <source>The %1 number “%2” is longer than %3 characters after translation; the ACD would refuse it. Check the number translation rules.</source>
        <translation>%1番号「%2」は変換後に %3 文字を超えるため、ACD に拒否されます。番号変換ルールを確認してください。</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>携帯電話</translation>
    </message>
    <message>
        <source>Not among the Zoom users any more.</source>
        <translation>Zoom ユーザーに存在しなくなりました。</translation>
    </message>
    <message>
        <source>Add: %1, update: %2, remove: %3, skip: %4, unchanged: %5</source>
        <translation>追加: %1、更新: %2、削除: %3、スキップ: %4、変更なし: %5</translation>
    </message>
</context>
<context>
    <name>EventExporter</name>
    <message>
        <source>The export file is not open for writing.</source>
        <translation>エクスポートファイルが書き込み用に開かれていません。</translation>
    </message>
    <message>
        <source>Could not write the export: %1</source>
        <translation>エクスポートを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>Received (UTC)</source>
        <translation>受信日時 (UTC)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Event time (UTC)</source>
        <translation>イベント日時 (UTC)</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>アカウント ID</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Peer user ID</source>
        <translation>相手のユーザー ID</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>プレゼンス</translation>
    </message>
    <message>
        <source>Call state</source>
        <translation>通話状態</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>検証</translation>
    </message>
</context>
<context>
    <name>FlowEventScript</name>
    <message>
        <source>Enter the HTTPS address the script posts to (your endpoint).</source>
        <translation>スクリプトの送信先となる HTTPS アドレス（お使いのエンドポイント）を入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address: write it like https://example.com/zcc/engagements.</source>
        <translation>&quot;%1&quot; は有効なアドレスではありません。https://example.com/zcc/engagements のように入力してください。</translation>
    </message>
    <message>
        <source>The address must start with https://: the script sends transcripts, which must not travel unencrypted.</source>
        <translation>アドレスは https:// で始まる必要があります。スクリプトは文字起こしを送信するため、暗号化せずに送信することはできません。</translation>
    </message>
    <message>
        <source>Choose at least one trigger (Engagement Closed or Disposition Saved): without one the script never runs.</source>
        <translation>トリガーを 1 つ以上選択してください（[エンゲージメントをクローズ済み] または [処理結果を保存済み]）。トリガーがないと、スクリプトは実行されません。</translation>
    </message>
</context>
<context>
    <name>IntegrationAdvisor</name>
    <message>
        <source>Recording media (voice and video)</source>
        <translation>録音ファイル（音声・ビデオ）</translation>
    </message>
    <message>
        <source>Requires call recording to be enabled for the queue.</source>
        <translation>キューで通話録音が有効になっている必要があります。</translation>
    </message>
    <message>
        <source>Recording transcript (voice and video)</source>
        <translation>録音の文字起こし（音声・ビデオ）</translation>
    </message>
    <message>
        <source>Requires call recording with transcription to be enabled.</source>
        <translation>文字起こし付きの通話録音が有効になっている必要があります。</translation>
    </message>
    <message>
        <source>Transcript (messaging)</source>
        <translation>文字起こし（メッセージ）</translation>
    </message>
    <message>
        <source>Transcripts are on by default for messaging channels.</source>
        <translation>メッセージチャネルでは、文字起こしは既定で有効です。</translation>
    </message>
    <message>
        <source>Dispositions (all channels)</source>
        <translation>処理結果（全チャネル）</translation>
    </message>
    <message>
        <source>An array of disposition objects.</source>
        <translation>処理結果オブジェクトの配列です。</translation>
    </message>
    <message>
        <source>Notes (all channels)</source>
        <translation>メモ（全チャネル）</translation>
    </message>
    <message>
        <source>An array of note objects.</source>
        <translation>メモオブジェクトの配列です。</translation>
    </message>
    <message>
        <source>Voicemail media and transcript</source>
        <translation>ボイスメールのファイルと文字起こし</translation>
    </message>
    <message>
        <source>For voicemails left in a Contact Center inbox; the transcript requires transcription to be enabled for the inbox.</source>
        <translation>コンタクトセンターの受信トレイに残されたボイスメールが対象です。文字起こしには、受信トレイで文字起こしが有効になっている必要があります。</translation>
    </message>
    <message>
        <source>Agents use the ZCC CTI connector in a supported CRM</source>
        <translation>エージェントがサポート対象の CRM で ZCC CTI コネクタを使用している</translation>
    </message>
    <message>
        <source>The simplest path.</source>
        <translation>最も簡単な方法です。</translation>
    </message>
    <message>
        <source>No code required.</source>
        <translation>コードは不要です。</translation>
    </message>
    <message>
        <source>Engagement data sync is built in.</source>
        <translation>エンゲージメントデータの同期が組み込まれています。</translation>
    </message>
    <message>
        <source>Turn it on in the Zoom admin portal under Contact Center Management &gt; Integrations &gt; Applications: find the CRM integration and enable saving data to the CRM.</source>
        <translation>Zoom ウェブポータルの [コンタクト センター管理] &gt; [連携] &gt; [アプリケーション] で有効にします。該当する CRM 連携を見つけ、CRM へのデータ保存を有効にしてください。</translation>
    </message>
    <message>
        <source>Check that the CRM integration&apos;s user has write permission on every object concerned.</source>
        <translation>CRM 連携のユーザーに、対象となるすべてのオブジェクトへの書き込み権限があることを確認してください。</translation>
    </message>
    <message>
        <source>An inbound messaging flow whose data must reach another system</source>
        <translation>データを別のシステムに送る必要がある受信メッセージのフロー</translation>
    </message>
    <message>
        <source>A niche solution, but powerful.</source>
        <translation>用途は限られますが、強力な方法です。</translation>
    </message>
    <message>
        <source>Requires JavaScript.</source>
        <translation>JavaScript が必要です。</translation>
    </message>
    <message>
        <source>Works best for sending messaging transcripts and dispositions.</source>
        <translation>メッセージの文字起こしと処理結果の送信に最適です。</translation>
    </message>
    <message>
        <source>With several flows (a flow that uses RouteTo to reach another flow), configure identical event scripts and triggers in every flow.</source>
        <translation>複数のフローを使用する場合（RouteTo で別のフローにつなぐフローなど）は、すべてのフローで同じイベントスクリプトとトリガーを設定してください。</translation>
    </message>
    <message>
        <source>Agents use the Zoom Workplace app or Smart Embed</source>
        <translation>エージェントが Zoom Workplace アプリまたは Smart Embed を使用している</translation>
    </message>
    <message>
        <source>The most robust custom solution.</source>
        <translation>最も堅牢なカスタムソリューションです。</translation>
    </message>
    <message>
        <source>Near real-time data with a reliable backup process.</source>
        <translation>信頼性の高いバックアップ処理を備え、ほぼリアルタイムでデータを取得できます。</translation>
    </message>
    <message>
        <source>Agents work in a CRM the CTI connector does not support</source>
        <translation>エージェントが CTI コネクタのサポート対象外の CRM で作業している</translation>
    </message>
    <message>
        <source>The CTI connector exists for Salesforce, Zendesk, ServiceNow, Microsoft Dynamics and HubSpot only: other systems need the custom solution.</source>
        <translation>CTI コネクタがあるのは Salesforce、Zendesk、ServiceNow、Microsoft Dynamics、HubSpot のみです。その他のシステムにはカスタムソリューションが必要です。</translation>
    </message>
    <message>
        <source>Flow event scripts reach only dispositions and messaging transcripts; the other data needs webhooks and polling.</source>
        <translation>フローのイベントスクリプトで扱えるのは、処理結果とメッセージの文字起こしのみです。その他のデータには Webhook とポーリングが必要です。</translation>
    </message>
    <message>
        <source>poll the API field %1</source>
        <translation>API のフィールド %1 をポーリング</translation>
    </message>
    <message>
        <source>webhook %1, polled field %2</source>
        <translation>Webhook %1、ポーリングするフィールド %2</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2。%3</translation>
    </message>
    <message>
        <source>The built-in integration (ZCC CRM CTI connector)</source>
        <translation>組み込みの連携（ZCC CRM CTI コネクタ）</translation>
    </message>
    <message>
        <source>API webhooks with a nightly polling job for reconciliation</source>
        <translation>API の Webhook と、照合用の夜間ポーリングジョブ</translation>
    </message>
    <message>
        <source>Flow event scripts</source>
        <translation>フローのイベントスクリプト</translation>
    </message>
    <message>
        <source>Answer the questions to get a recommendation.</source>
        <translation>質問に答えると、推奨される方法が表示されます。</translation>
    </message>
</context>
<context>
    <name>LineWriter</name>
    <message>
        <source>the standard output</source>
        <translation>標準出力</translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be written. Free some space (or write to another disk) and run the command again.</source>
        <translation>ディスクがいっぱいです: %1 に書き込めませんでした。空き容量を確保して（または別のディスクに書き込んで）、コマンドをもう一度実行してください。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Check the file and its folder.</source>
        <translation>%1 に書き込めませんでした: %2。ファイルとそのフォルダーを確認してください。</translation>
    </message>
</context>
<context>
    <name>MetadataZip</name>
    <message>
        <source>Could not create the zip file %1. Check that the folder exists and that you may write to it, or choose another place.</source>
        <translation>ZIP ファイル %1 を作成できませんでした。フォルダーが存在し、書き込み権限があることを確認するか、別の場所を選択してください。</translation>
    </message>
    <message>
        <source>Could not add %1 to the zip file %2. Try again, or choose another place.</source>
        <translation>%1 を ZIP ファイル %2 に追加できませんでした。もう一度試すか、別の場所を選択してください。</translation>
    </message>
    <message>
        <source>Could not write the zip file %1. Check the free space and that you may write there, or choose another place.</source>
        <translation>ZIP ファイル %1 に書き込めませんでした。空き容量と書き込み権限を確認するか、別の場所を選択してください。</translation>
    </message>
    <message>
        <source>Could not open the zip file %1. Check that it exists and is a zip file.</source>
        <translation>ZIP ファイル %1 を開けませんでした。ファイルが存在し、ZIP ファイルであることを確認してください。</translation>
    </message>
    <message>
        <source>Could not read %1 in the zip file %2; the file may be damaged.</source>
        <translation>ZIP ファイル %2 内の %1 を読み込めませんでした。ファイルが破損している可能性があります。</translation>
    </message>
</context>
<context>
    <name>MonitorCommand</name>
    <message>
        <source>Error: nothing to monitor. Give --listen HOST:PORT (webhooks), --websocket, or --sandbox.</source>
        <translation>エラー: 監視対象がありません。--listen HOST:PORT (Webhook)、--websocket、または --sandbox を指定してください。</translation>
    </message>
    <message>
        <source>Error: %1 cannot be written: %2</source>
        <translation>エラー: %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Error: the environment variable %1 is empty or not set; put the webhook secret token in it.</source>
        <translation>エラー: 環境変数 %1 が空か、設定されていません。この変数に Webhook のシークレットトークンを設定してください。</translation>
    </message>
    <message>
        <source>Error: the secret token could not be read: %1</source>
        <translation>エラー: シークレットトークンを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Error: webhooks need the secret token: give --secret-token-env NAME, --secret-token-stdin or --profile FILE.</source>
        <translation>エラー: Webhook にはシークレットトークンが必要です。--secret-token-env NAME、--secret-token-stdin、または --profile FILE を指定してください。</translation>
    </message>
    <message>
        <source>Error: --listen takes HOST:PORT, for example 127.0.0.1:8080 or [::1]:8080.</source>
        <translation>エラー: --listen には HOST:PORT を指定してください（例: 127.0.0.1:8080 または [::1]:8080）。</translation>
    </message>
    <message>
        <source>Receiving Zoom webhooks at %1</source>
        <translation>%1 で Zoom の Webhook を受信しています</translation>
    </message>
    <message>
        <source>Error: --websocket needs --subscription-id (shown in the app&apos;s Event Subscription settings after choosing the WebSocket method).</source>
        <translation>エラー: --websocket には --subscription-id が必要です（WebSocket 方式を選択すると、アプリのイベントサブスクリプション設定に表示されます）。</translation>
    </message>
    <message>
        <source>Events between %1 and %2 may be missing (the WebSocket was disconnected).</source>
        <translation>%1 から %2 までのイベントが欠落している可能性があります（WebSocket が切断されました）。</translation>
    </message>
    <message>
        <source>Error: %1 Stopping.</source>
        <translation>エラー: %1 停止します。</translation>
    </message>
    <message>
        <source>Monitor stopped. Events written: %1, accepted: %2, URL validations: %3, rejected: %4%5, gaps: %6.</source>
        <translation>モニターを停止しました。書き込んだイベント: %1、受理: %2、URL 検証: %3、拒否: %4%5、欠落: %6。</translation>
    </message>
    <message>
        <source>Error: events lost: %1. Zoom was told they arrived, but they could not be written (%2). They are not sent again; look them up in Zoom&apos;s event logs if you need them.</source>
        <translation>エラー: 失われたイベント: %1 件。Zoom には受信済みと応答しましたが、書き込めませんでした (%2)。これらのイベントは再送されません。必要な場合は、Zoom のイベントログで確認してください。</translation>
    </message>
</context>
<context>
    <name>NumberTranslator</name>
    <message>
        <source>Number translation rule %1 (%2) is not a valid regular expression: %3 at position %4.</source>
        <translation>番号変換ルール %1 (%2) は有効な正規表現ではありません: 位置 %4 で %3。</translation>
    </message>
    <message>
        <source>Number translation rule %1 (%2) refers to group \%3, but the pattern has only %4 groups.</source>
        <translation>番号変換ルール %1 (%2) はグループ \%3 を参照していますが、パターンのグループは %4 個しかありません。</translation>
    </message>
</context>
<context>
    <name>OmniStatusMapping</name>
    <message>
        <source>Row %1: choose the Zoom Contact Center status.</source>
        <translation>%1 行目: Zoom Contact Center のステータスを選択してください。</translation>
    </message>
    <message>
        <source>Row %1: choose the Salesforce status it sets.</source>
        <translation>%1 行目: 設定する Salesforce のプレゼンス状況を選択してください。</translation>
    </message>
    <message>
        <source>Row %1: the Zoom status &quot;%2&quot; is mapped twice; Zoom can set only one Salesforce status for it. Remove one row.</source>
        <translation>%1 行目: Zoom のステータス &quot;%2&quot; が 2 回マッピングされています。Zoom が設定できる Salesforce のプレゼンス状況は 1 つだけです。どちらかの行を削除してください。</translation>
    </message>
    <message>
        <source>Row %1: Salesforce has no presence status &quot;%2&quot;: pick one of the org&apos;s statuses or create it under Setup &gt; Presence Statuses.</source>
        <translation>%1 行目: Salesforce にプレゼンス状況 &quot;%2&quot; がありません。組織のプレゼンス状況から選択するか、[設定] &gt; [プレゼンス状況] で作成してください。</translation>
    </message>
</context>
<context>
    <name>PresenceRules</name>
    <message>
        <source>Row %1 of the %2 table has no &quot;%3&quot;.</source>
        <translation>%2 テーブルの %1 行目に &quot;%3&quot; がありません。</translation>
    </message>
    <message>
        <source>In row %1 of the %2 table, &quot;%3&quot; must be a text.</source>
        <translation>%2 テーブルの %1 行目の &quot;%3&quot; はテキストである必要があります。</translation>
    </message>
    <message>
        <source>Row %1 of the %2 table has an unknown key &quot;%3&quot; (allowed: %4).</source>
        <translation>%2 テーブルの %1 行目に不明なキー &quot;%3&quot; があります（使用できるキー: %4）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of rows.</source>
        <translation>&quot;%1&quot; は行のリストである必要があります。</translation>
    </message>
    <message>
        <source>Row %1 of the %2 table is not an object.</source>
        <translation>%2 テーブルの %1 行目がオブジェクトではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of texts.</source>
        <translation>&quot;%1&quot; はテキストのリストである必要があります。</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>パブリッシャー</translation>
    </message>
    <message>
        <source>subscriber</source>
        <translation>サブスクライバー</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>The rule is not valid JSON: %1 at character %2.</source>
        <translation>ルールが有効な JSON ではありません: %2 文字目で %1。</translation>
    </message>
    <message>
        <source>The rule must be a JSON object with &quot;name&quot;, &quot;publisher&quot;, &quot;subscriber&quot; and &quot;zoom&quot;.</source>
        <translation>ルールは &quot;name&quot;、&quot;publisher&quot;、&quot;subscriber&quot;、&quot;zoom&quot; を持つ JSON オブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>The rule has an unknown key &quot;%1&quot; (allowed: %2).</source>
        <translation>ルールに不明なキー &quot;%1&quot; があります（使用できるキー: %2）。</translation>
    </message>
    <message>
        <source>The rule has no &quot;name&quot;; give it one, e.g. &quot;EU agents&quot;.</source>
        <translation>ルールに &quot;name&quot; がありません。名前を付けてください（例: &quot;EU agents&quot;）。</translation>
    </message>
    <message>
        <source>&quot;skipUnavailableValidation&quot; must be true or false.</source>
        <translation>&quot;skipUnavailableValidation&quot; には true または false を指定してください。</translation>
    </message>
    <message>
        <source>Row %1 of the Zoom table needs either &quot;zoom&quot; (a presence value) or &quot;phone&quot; (ringing, connected or ended), not both or neither.</source>
        <translation>Zoom テーブルの %1 行目には、&quot;zoom&quot;（プレゼンスの値）と &quot;phone&quot;（ringing、connected、ended のいずれか）のどちらか一方だけが必要です。</translation>
    </message>
    <message>
        <source>The unavailable codes are not a JSON list as `syncdeskctl acd codes --format json` prints it.</source>
        <translation>不在コードが、`syncdeskctl acd codes --format json` が出力する形式の JSON リストではありません。</translation>
    </message>
    <message>
        <source>An unavailable code in the list has no &quot;name&quot;.</source>
        <translation>リスト内の不在コードに &quot;name&quot; がないものがあります。</translation>
    </message>
    <message>
        <source>%1 table, row %2: %3</source>
        <translation>%1 テーブル、%2 行目: %3</translation>
    </message>
    <message>
        <source>the ACD state is empty.</source>
        <translation>ACD の状態が空です。</translation>
    </message>
    <message>
        <source>&quot;previous&quot; cannot be a source of the publisher table; name an ACD state.</source>
        <translation>&quot;previous&quot; はパブリッシャーテーブルの変換元には使用できません。ACD の状態を指定してください。</translation>
    </message>
    <message>
        <source>the ACD state &quot;%1&quot; does not exist (not Available, Unavailable or an unavailable code).</source>
        <translation>ACD の状態 &quot;%1&quot; は存在しません（Available、Unavailable、不在コードのいずれでもありません）。</translation>
    </message>
    <message>
        <source>the unavailable code &quot;%1&quot; is not assigned to these teams of the rule: %2; assign it in the ACD or turn on &quot;skip validation of unavailable codes&quot;.</source>
        <translation>不在コード &quot;%1&quot; は、ルールの次のチームに割り当てられていません: %2。ACD で割り当てるか、「不在コードの検証をスキップ」をオンにしてください。</translation>
    </message>
    <message>
        <source>the Salesforce status is empty.</source>
        <translation>Salesforce のプレゼンス状況が空です。</translation>
    </message>
    <message>
        <source>the Salesforce presence status &quot;%1&quot; does not exist in the org.</source>
        <translation>Salesforce のプレゼンス状況 &quot;%1&quot; は組織に存在しません。</translation>
    </message>
    <message>
        <source>the ACD state &quot;%1&quot; already has a row.</source>
        <translation>ACD の状態 &quot;%1&quot; の行は既にあります。</translation>
    </message>
    <message>
        <source>the Salesforce status &quot;%1&quot; already has a row.</source>
        <translation>Salesforce のプレゼンス状況 &quot;%1&quot; の行は既にあります。</translation>
    </message>
    <message>
        <source>the ACD state &quot;%1&quot; has no publisher row, so Salesforce would not follow the ACD back; add a publisher row for it.</source>
        <translation>ACD の状態 &quot;%1&quot; にはパブリッシャーの行がないため、Salesforce が ACD の状態に戻りません。この状態のパブリッシャーの行を追加してください。</translation>
    </message>
    <message>
        <source>the phone state &quot;%1&quot; does not exist; use ringing, connected or ended.</source>
        <translation>電話の状態 &quot;%1&quot; は存在しません。ringing、connected、ended のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>the Zoom presence &quot;%1&quot; does not exist (e.g. Available, Away, Do_Not_Disturb, In_Meeting, On_Phone_Call).</source>
        <translation>Zoom プレゼンス &quot;%1&quot; は存在しません（例: Available、Away、Do_Not_Disturb、In_Meeting、On_Phone_Call）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a row.</source>
        <translation>&quot;%1&quot; の行は既にあります。</translation>
    </message>
</context>
<context>
    <name>PresenceSimulator</name>
    <message>
        <source>Unmapped</source>
        <translation>対応付けなし</translation>
    </message>
    <message>
        <source>Previous state restored</source>
        <translation>前の状態に復元</translation>
    </message>
    <message>
        <source>Unavailable (fallback)</source>
        <translation>Unavailable（フォールバック）</translation>
    </message>
    <message>
        <source>The line is not a JSON object.</source>
        <translation>行が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>A salesforce.presence_changed line needs &quot;email&quot; and &quot;status&quot;.</source>
        <translation>salesforce.presence_changed の行には &quot;email&quot; と &quot;status&quot; が必要です。</translation>
    </message>
</context>
<context>
    <name>PresenceStatusDesigns</name>
    <message>
        <source>The status has no label. Enter the name agents see in Omni-Channel, for example On Break.</source>
        <translation>プレゼンス状況に表示ラベルがありません。オムニチャネルでエージェントに表示される名前を入力してください（例: On Break）。</translation>
    </message>
    <message>
        <source>An Online status needs at least one service channel: Salesforce makes a status without channels a Busy (away) status. Pick the channels agents take work on, or make it Busy.</source>
        <translation>オンラインのプレゼンス状況には、サービスチャネルが 1 つ以上必要です。チャネルのないプレゼンス状況は、Salesforce では取り込み中（不在）の状況になります。エージェントが作業を受け付けるチャネルを選択するか、取り込み中に変更してください。</translation>
    </message>
    <message>
        <source>A Busy status has no service channels (agents get no work in it), but this one has %1. Remove the channels, or make it Online.</source>
        <translation>取り込み中のプレゼンス状況にはサービスチャネルを設定しません（この状況のエージェントには作業が割り当てられません）が、このプレゼンス状況には %1 が設定されています。チャネルを削除するか、オンラインに変更してください。</translation>
    </message>
    <message>
        <source>The org has no service channel %1, so the deploy would fail. Pick one of the org&apos;s channels, or create the channel in Setup &gt; Service Channels first.</source>
        <translation>組織にサービスチャネル %1 がないため、デプロイは失敗します。組織のチャネルから選択するか、先に [設定] &gt; [サービスチャネル] でチャネルを作成してください。</translation>
    </message>
    <message>
        <source>The org already has a presence status %1. Deploying replaces its label and channels with these; rename this one if you meant a new status.</source>
        <translation>組織には既にプレゼンス状況 %1 があります。デプロイすると、その表示ラベルとチャネルがこの内容で置き換えられます。新しいプレゼンス状況を作成する場合は、名前を変更してください。</translation>
    </message>
    <message>
        <source>There is no designed status to export. Add one first.</source>
        <translation>エクスポートするプレゼンス状況がありません。先に追加してください。</translation>
    </message>
    <message>
        <source>The status %1 cannot be exported yet: %2</source>
        <translation>プレゼンス状況 %1 はまだエクスポートできません: %2</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profile %1 is empty (it may have been cut off by a crash or a full disk).</source>
        <translation>プロファイル %1 が空です（クラッシュまたはディスク容量不足により途中で切れた可能性があります）。</translation>
    </message>
    <message>
        <source>The profile %1 is damaged and cannot be read.</source>
        <translation>プロファイル %1 は破損しているため、読み込めません。</translation>
    </message>
    <message>
        <source>A backup of the previous version exists; you can restore it.</source>
        <translation>以前のバージョンのバックアップがあります。復元できます。</translation>
    </message>
    <message>
        <source>No backup exists; create the profile again.</source>
        <translation>バックアップがありません。プロファイルを作成し直してください。</translation>
    </message>
    <message>
        <source>The profile %1 was written by a newer version of Syncdesk (format %2; this version reads format %3). Update Syncdesk to open it; the file was left unchanged.</source>
        <translation>プロファイル %1 は新しいバージョンの Syncdesk で作成されています（形式 %2。このバージョンで読み込めるのは形式 %3 です）。開くには Syncdesk を更新してください。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>The file %1 is not a Syncdesk profile (no format version or ID).</source>
        <translation>ファイル %1 は Syncdesk のプロファイルではありません（形式バージョンまたは ID がありません）。</translation>
    </message>
    <message>
        <source>The profile %1 does not exist.</source>
        <translation>プロファイル %1 は存在しません。</translation>
    </message>
    <message>
        <source>The profile %1 could not be read: %2. Check the file permissions.</source>
        <translation>プロファイル %1 を読み込めませんでした: %2。ファイルのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>The backup %1 could not be read.</source>
        <translation>バックアップ %1 を読み込めませんでした。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Check that the folder exists and is writable.</source>
        <translation>%1 に書き込めませんでした: %2。フォルダーが存在し、書き込み可能であることを確認してください。</translation>
    </message>
    <message>
        <source>The disk is full, so %1 was not saved. The previous version is unchanged; free some space and save again.</source>
        <translation>ディスクがいっぱいのため、%1 は保存されませんでした。以前のバージョンは変更されていません。空き容量を確保してから、もう一度保存してください。</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. The previous version is unchanged.</source>
        <translation>%1 を保存できませんでした: %2。以前のバージョンは変更されていません。</translation>
    </message>
    <message>
        <source>There is no draft.</source>
        <translation>下書きはありません。</translation>
    </message>
    <message>
        <source>The draft %1 could not be read.</source>
        <translation>下書き %1 を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>RawEvent</name>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Signature valid (x-zm-signature, timestamp within tolerance)</source>
        <translation>署名は有効（x-zm-signature、タイムスタンプは許容範囲内）</translation>
    </message>
    <message>
        <source>Authenticated WebSocket connection (access token)</source>
        <translation>認証済みの WebSocket 接続（アクセストークン）</translation>
    </message>
    <message>
        <source>Replayed from a capture file; not verified again</source>
        <translation>キャプチャファイルから再生（再検証なし）</translation>
    </message>
</context>
<context>
    <name>ReconcileCommand</name>
    <message>
        <source>Run syncdeskctl cc reconcile --help for the options.</source>
        <translation>オプションについては、syncdeskctl cc reconcile --help を実行してください。</translation>
    </message>
    <message>
        <source>Cannot read the cursor file %1: %2</source>
        <translation>カーソルファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The cursor file %1 has no valid &quot;window_end&quot;. Fix or delete it (deleting starts again at --from).</source>
        <translation>カーソルファイル %1 に有効な &quot;window_end&quot; がありません。修正するか削除してください（削除すると --from から再開します）。</translation>
    </message>
    <message>
        <source>received %1, missed %2, webhook only %3</source>
        <translation>受信済み %1、未受信 %2、Webhook のみ %3</translation>
    </message>
    <message>
        <source>cc reconcile: compare Zoom Contact Center engagement data (recordings, transcripts, notes,
dispositions, voicemails) listed by the API for a window with what arrived by webhook.
Each artefact is received, missed (only the API has it) or webhook_only.

DATE is yyyy-MM-dd (UTC; --to includes that whole day) or an ISO 8601 date-time.
--events names a capture file (JSON Lines, as `syncdeskctl monitor --out` writes).
--cursor FILE: when FILE exists the window starts at the end stored there (--from may
then be left out); after a completed run the window&apos;s end is stored. --to defaults to now.
With --sandbox and no --events, the webhooks are those the sandbox&apos;s simulated queue
delivered: --sandbox-drop PERCENT (default 20) of them are deliberately not delivered,
so the run lists exactly those as missed. Same seed and window, same result.
Rows (jsonl keys / csv columns, in this order): status, kind, id, engagement_id, day,
time, event, url. A summary goes to stderr.
Exit codes: 0 nothing missed, 4 something missed, 1 error, 2 usage.</source>
        <translation>cc reconcile: 期間内に API で取得できる Zoom Contact Center のエンゲージメントデータ（録音、
文字起こし、メモ、処理結果、ボイスメール）を、Webhook で届いたデータと比較します。
各データは received（受信済み）、missed（未受信: API にのみ存在）、webhook_only のいずれかです。

DATE は yyyy-MM-dd（UTC。--to ではその日全体を含みます）または ISO 8601 形式の日時です。
--events にはキャプチャファイル（`syncdeskctl monitor --out` が書き込む JSON Lines）を指定します。
--cursor FILE: FILE が存在する場合、期間はそこに保存された終了時刻から始まります（この場合、
--from は省略できます）。実行が完了すると、期間の終了時刻が保存されます。--to の既定値は現在時刻です。
--sandbox を指定して --events を指定しない場合は、サンドボックスの模擬キューが配信した Webhook と
比較します。そのうち --sandbox-drop PERCENT（既定値 20）% は意図的に配信されないため、
ちょうどそれらが missed として一覧表示されます。シード値と期間が同じなら結果も同じです。
行（jsonl のキー / csv の列、この順序）: status、kind、id、engagement_id、day、time、event、url。
概要は標準エラー出力に出力されます。
終了コード: 0 未受信なし、4 未受信あり、1 エラー、2 使用法の誤り。</translation>
    </message>
    <message>
        <source>Start of the window.</source>
        <translation>期間の開始。</translation>
    </message>
    <message>
        <source>End of the window (default: now).</source>
        <translation>期間の終了（既定値: 現在）。</translation>
    </message>
    <message>
        <source>Capture file with the webhooks received.</source>
        <translation>受信した Webhook のキャプチャファイル。</translation>
    </message>
    <message>
        <source>Output format: jsonl or csv.</source>
        <translation>出力形式: jsonl または csv。</translation>
    </message>
    <message>
        <source>Write to FILE instead of stdout.</source>
        <translation>標準出力の代わりに FILE に書き込みます。</translation>
    </message>
    <message>
        <source>Resume from and update the window end stored in FILE.</source>
        <translation>FILE に保存された期間の終了時刻から再開し、その値を更新します。</translation>
    </message>
    <message>
        <source>Items per request (max 300).</source>
        <translation>1 回のリクエストで取得する項目数（最大 300）。</translation>
    </message>
    <message>
        <source>Sandbox: percentage of webhooks not delivered.</source>
        <translation>サンドボックス: 配信しない Webhook の割合（%）。</translation>
    </message>
    <message>
        <source>--format must be jsonl or csv.</source>
        <translation>--format には jsonl または csv を指定してください。</translation>
    </message>
    <message>
        <source>--page-size must be a number from 1 to 300.</source>
        <translation>--page-size には 1～300 の数値を指定してください。</translation>
    </message>
    <message>
        <source>--sandbox-drop must be a number from 0 to 100.</source>
        <translation>--sandbox-drop には 0～100 の数値を指定してください。</translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is not a date (yyyy-MM-dd) or an ISO 8601 date-time.</source>
        <translation>--to: &quot;%1&quot; は日付（yyyy-MM-dd）でも ISO 8601 形式の日時でもありません。</translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is not a date (yyyy-MM-dd) or an ISO 8601 date-time.</source>
        <translation>--from: &quot;%1&quot; は日付（yyyy-MM-dd）でも ISO 8601 形式の日時でもありません。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>--from is needed (or a --cursor file from an earlier run).</source>
        <translation>--from を指定してください（または以前の実行で使用した --cursor ファイルを指定してください）。</translation>
    </message>
    <message>
        <source>Nothing to reconcile: the cursor is already at %1.</source>
        <translation>照合する対象がありません。カーソルは既に %1 です。</translation>
    </message>
    <message>
        <source>--from must be before --to.</source>
        <translation>--from には --to より前の日時を指定してください。</translation>
    </message>
    <message>
        <source>Error: the capture file %1 does not exist.</source>
        <translation>エラー: キャプチャファイル %1 が存在しません。</translation>
    </message>
    <message>
        <source>Error: writing to stdout failed.</source>
        <translation>エラー: 標準出力への書き込みに失敗しました。</translation>
    </message>
    <message>
        <source>Error: cannot write %1: %2</source>
        <translation>エラー: %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Error: cannot write the cursor file %1: %2</source>
        <translation>エラー: カーソルファイル %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Window: %1 to %2</source>
        <translation>期間: %1 ～ %2</translation>
    </message>
    <message>
        <source>Webhooks compared: %1</source>
        <translation>比較した Webhook: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合計: %1</translation>
    </message>
    <message>
        <source>Missed: %1 %2 (engagement %3)</source>
        <translation>未受信: %1 %2（エンゲージメント %3）</translation>
    </message>
</context>
<context>
    <name>RulesCommands</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The ACD&apos;s unavailable codes as `acd codes --format json` prints them.</source>
        <translation>`acd codes --format json` が出力する形式の ACD の不在コード。</translation>
    </message>
    <message>
        <source>The presence rule (JSON).</source>
        <translation>プレゼンスルール（JSON）。</translation>
    </message>
    <message>
        <source>Monitor capture lines and Salesforce status changes, one JSON object a line (- for stdin).</source>
        <translation>モニターのキャプチャ行と Salesforce のプレゼンス状況の変更（1 行に 1 つの JSON オブジェクト。- で標準入力）。</translation>
    </message>
    <message>
        <source>Output format: jsonl.</source>
        <translation>出力形式: jsonl。</translation>
    </message>
    <message>
        <source>Usage: syncdeskctl rules validate RULE.json [--acd-codes CODES.json]</source>
        <translation>使用法: syncdeskctl rules validate RULE.json [--acd-codes CODES.json]</translation>
    </message>
    <message>
        <source>Usage: syncdeskctl rules simulate --rule RULE.json --events EVENTS.jsonl [--format jsonl]</source>
        <translation>使用法: syncdeskctl rules simulate --rule RULE.json --events EVENTS.jsonl [--format jsonl]</translation>
    </message>
    <message>
        <source>Unknown rules command: %1 (validate or simulate).</source>
        <translation>不明な rules コマンド: %1（validate または simulate を指定してください）。</translation>
    </message>
    <message>
        <source>Without --acd-codes, unavailable-code names and their teams are not checked.</source>
        <translation>--acd-codes を指定しない場合、不在コードの名前とそのチームは確認されません。</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; is valid.</source>
        <translation>ルール &quot;%1&quot; は有効です。</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>問題: %1 件</translation>
    </message>
    <message>
        <source>Unknown format %1; rules simulate writes jsonl.</source>
        <translation>不明な形式 %1 です。rules simulate は jsonl で出力します。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1、%2 行目: %3</translation>
    </message>
    <message>
        <source>Lines that could not be read: %1</source>
        <translation>読み取れなかった行: %1 行</translation>
    </message>
</context>
<context>
    <name>SalesforceCatalog</name>
    <message>
        <source>Visualforce pages</source>
        <translation>Visualforce ページ</translation>
    </message>
    <message>
        <source>Full access</source>
        <translation>フルアクセス</translation>
    </message>
    <message>
        <source>Data through the API</source>
        <translation>API 経由のデータ</translation>
    </message>
    <message>
        <source>Data through the browser</source>
        <translation>ブラウザー経由のデータ</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>更新トークン</translation>
    </message>
    <message>
        <source>Salesforce adapter enabled for the tenant</source>
        <translation>テナントで Salesforce アダプターが有効</translation>
    </message>
    <message>
        <source>Your account representative enables Salesforce for your CXone tenant under Applications &amp; Features &gt; Adapters. Ask them if Adapters shows no Salesforce tab.</source>
        <translation>CXone テナントの Salesforce は、アカウント担当者が [Applications &amp; Features] &gt; [Adapters] で有効にします。[Adapters] に [Salesforce] タブが表示されない場合は、担当者に問い合わせてください。</translation>
    </message>
    <message>
        <source>Salesforce Presence Sync enabled for the tenant</source>
        <translation>テナントで Salesforce Presence Sync が有効</translation>
    </message>
    <message>
        <source>Your account representative also enables Salesforce Presence Sync under Applications &amp; Features &gt; Adapters.</source>
        <translation>Salesforce Presence Sync も、アカウント担当者が [Applications &amp; Features] &gt; [Adapters] で有効にします。</translation>
    </message>
    <message>
        <source>Agents use Salesforce Agent Lightning</source>
        <translation>エージェントが Salesforce Agent Lightning を使用</translation>
    </message>
    <message>
        <source>Presence sync works only with the Lightning agent app.</source>
        <translation>プレゼンスの同期は Lightning エージェントアプリでのみ機能します。</translation>
    </message>
    <message>
        <source>Users have the Agent permission set</source>
        <translation>ユーザーに Agent 権限セットを割り当て済み</translation>
    </message>
    <message>
        <source>In Salesforce: Setup &gt; Setup &gt; Permission Sets. Assign the Agent permission set to every agent.</source>
        <translation>Salesforce で [設定] &gt; [設定] &gt; [権限セット] を開きます。すべてのエージェントに Agent 権限セットを割り当ててください。</translation>
    </message>
    <message>
        <source>Users are assigned the NiCE Agent for Salesforce licence</source>
        <translation>ユーザーに NiCE Agent for Salesforce ライセンスを割り当て済み</translation>
    </message>
    <message>
        <source>In Salesforce: Setup &gt; Setup &gt; Installed Packages. Assign the package licence to every agent.</source>
        <translation>Salesforce で [設定] &gt; [設定] &gt; [インストール済みパッケージ] を開きます。すべてのエージェントにパッケージライセンスを割り当ててください。</translation>
    </message>
    <message>
        <source>Create a new connected app</source>
        <translation>新しい接続アプリケーションを作成</translation>
    </message>
    <message>
        <source>In Salesforce, search Quick Find for App Manager, open it and click New Connected App at the top right.</source>
        <translation>Salesforce の [クイック検索] で「アプリケーションマネージャー」を検索して開き、右上の [新規接続アプリケーション] をクリックします。</translation>
    </message>
    <message>
        <source>Name the app and enter a contact e-mail</source>
        <translation>アプリケーション名と連絡先メールを入力</translation>
    </message>
    <message>
        <source>The API name is generated from the name (spaces become underscores). The contact e-mail must be a valid address.</source>
        <translation>API 参照名は名前から生成されます（スペースはアンダースコアになります）。連絡先メールには有効なアドレスを指定する必要があります。</translation>
    </message>
    <message>
        <source>Connected app name</source>
        <translation>接続アプリケーション名</translation>
    </message>
    <message>
        <source>Enable OAuth settings and enter the callback URL</source>
        <translation>OAuth 設定を有効にしてコールバック URL を入力</translation>
    </message>
    <message>
        <source>Under API (Enable OAuth Settings), select Enable OAuth Settings. Enter the callback URL below: Syncdesk&apos;s browser sign-in receives the authorization code there.</source>
        <translation>[API (OAuth 設定の有効化)] で [OAuth 設定の有効化] を選択します。下のコールバック URL を入力してください。Syncdesk のブラウザーサインインは、この URL で認証コードを受け取ります。</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>コールバック URL</translation>
    </message>
    <message>
        <source>Add the OAuth scopes</source>
        <translation>OAuth 範囲を追加</translation>
    </message>
    <message>
        <source>Under Selected OAuth Scopes, add each of these scopes and click Add.</source>
        <translation>[選択した OAuth 範囲] で、次の各範囲を選択して [追加] をクリックします。</translation>
    </message>
    <message>
        <source>Require the secret for both flows</source>
        <translation>両方のフローでシークレットを必須にする</translation>
    </message>
    <message>
        <source>Make sure both options below are selected, then click Save.</source>
        <translation>下の両方のオプションが選択されていることを確認し、[保存] をクリックします。</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>Copy the consumer key and consumer secret</source>
        <translation>コンシューマー鍵とコンシューマーの秘密をコピー</translation>
    </message>
    <message>
        <source>In App Manager, open Actions &gt; View for the app, then Manage Consumer Details (enter the code sent by e-mail if asked). Paste the key as client ID and the secret as client secret on the Account mapping tab.</source>
        <translation>アプリケーションマネージャーで対象アプリケーションの [操作] &gt; [参照] を開き、[コンシューマーの詳細を管理] をクリックします（求められた場合は、メールで届いたコードを入力します）。[アカウントの対応付け] タブで、鍵をクライアント ID に、秘密をクライアントシークレットに貼り付けてください。</translation>
    </message>
    <message>
        <source>Allow the username-password flow</source>
        <translation>ユーザー名パスワードフローを許可</translation>
    </message>
    <message>
        <source>In Salesforce, search Quick Find for OAuth, open OAuth and OpenID Connect Settings and turn on the option below. Orgs created since Summer &apos;23 block this flow until you do.</source>
        <translation>Salesforce の [クイック検索] で「OAuth」を検索し、[OAuth および OpenID Connect 設定] を開いて、下の設定をオンにします。Summer &apos;23 以降に作成された組織では、オンにするまでこのフローがブロックされます。</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Add an IP range or reset the security token</source>
        <translation>IP 範囲を追加するか、セキュリティトークンをリセット</translation>
    </message>
    <message>
        <source>Do only one of these. Either add the login IP range 0.0.0.0 to 255.255.255.255 to the agent&apos;s profile (Profiles &gt; Login IP Ranges &gt; New), or reset the security token (your profile &gt; Settings &gt; Reset My Security Token) and append the token from the e-mail to the password.</source>
        <translation>どちらか一方のみを行ってください。エージェントのプロファイルにログイン IP アドレス範囲 0.0.0.0 ～ 255.255.255.255 を追加する（[プロファイル] &gt; [ログイン IP アドレスの制限] &gt; [新規]）か、セキュリティトークンをリセットし（自分のプロファイル &gt; [設定] &gt; [私のセキュリティトークンのリセット]）、メールで届いたトークンをパスワードの末尾に付加します。</translation>
    </message>
    <message>
        <source>Start IP address</source>
        <translation>開始 IP アドレス</translation>
    </message>
    <message>
        <source>End IP address</source>
        <translation>終了 IP アドレス</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <source>Connected app</source>
        <translation>接続アプリケーション</translation>
    </message>
    <message>
        <source>Sign-in settings</source>
        <translation>サインイン設定</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>本番環境</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>Hyperforce</source>
        <translation>Hyperforce</translation>
    </message>
    <message>
        <source>Give the integration user&apos;s profile access to the statuses</source>
        <translation>連携ユーザーのプロファイルにプレゼンス状況へのアクセス権を付与</translation>
    </message>
    <message>
        <source>In Salesforce: Setup &gt; Profiles (or Permission Sets), open the profile of the user the account mapping signs in as, go to Enabled Service Presence Status Access, click Edit and add every designed status. Without it the presence sync cannot set these statuses.</source>
        <translation>Salesforce で [設定] &gt; [プロファイル]（または [権限セット]）を開き、アカウントの対応付けでサインインするユーザーのプロファイルを開きます。[有効化されたサービスプレゼンス状況へのアクセス] で [編集] をクリックし、設計したプレゼンス状況をすべて追加します。追加しないと、Presence Sync はこれらのプレゼンス状況を設定できません。</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>セクション</translation>
    </message>
    <message>
        <source>Give the agents&apos; profiles access to the statuses</source>
        <translation>エージェントのプロファイルにプレゼンス状況へのアクセス権を付与</translation>
    </message>
    <message>
        <source>Do the same for every profile or permission set your agents have: Setup &gt; Profiles (or Permission Sets) &gt; Enabled Service Presence Status Access &gt; Edit, add the designed statuses and save. Agents only see statuses their profile enables.</source>
        <translation>エージェントが持つすべてのプロファイルまたは権限セットで同じ操作を行います。[設定] &gt; [プロファイル]（または [権限セット]）&gt; [有効化されたサービスプレゼンス状況へのアクセス] &gt; [編集] で、設計したプレゼンス状況を追加して保存します。エージェントには、プロファイルで有効化されたプレゼンス状況のみが表示されます。</translation>
    </message>
    <message>
        <source>Profile access</source>
        <translation>プロファイルのアクセス権</translation>
    </message>
</context>
<context>
    <name>SalesforceCommands</name>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
</context>
<context>
    <name>SalesforceConnectionResolver</name>
    <message>
        <source>%1 is a sandbox profile; use --sandbox instead.</source>
        <translation>%1 はサンドボックスのプロファイルです。代わりに --sandbox を使用してください。</translation>
    </message>
    <message>
        <source>The built-in sandbox is not running. Open the sandbox profile again.</source>
        <translation>内蔵サンドボックスが実行されていません。サンドボックスのプロファイルをもう一度開いてください。</translation>
    </message>
    <message>
        <source>The login URL %1 is not a URL. Use https://login.salesforce.com, https://test.salesforce.com or your My Domain URL.</source>
        <translation>ログイン URL %1 は URL ではありません。https://login.salesforce.com、https://test.salesforce.com、または私のドメインの URL を指定してください。</translation>
    </message>
    <message>
        <source>--sf-login-url %1 is not a URL. Use https://login.salesforce.com, https://test.salesforce.com or your My Domain URL.</source>
        <translation>--sf-login-url %1 は URL ではありません。https://login.salesforce.com、https://test.salesforce.com、または私のドメインの URL を指定してください。</translation>
    </message>
    <message>
        <source>Salesforce credentials are incomplete for %1: the keychain has no password and consumer secret and no browser sign-in for this profile. Enter them on the Salesforce area&apos;s Account mapping tab, run syncdeskctl salesforce login --profile %1, or give --sf-password-env NAME and --sf-client-secret-env NAME.</source>
        <translation>%1 の Salesforce の認証情報が不足しています。キーチェーンに、このプロファイルのパスワードとコンシューマーの秘密も、ブラウザーでのサインイン情報もありません。Salesforce 画面の [アカウントの対応付け] タブで入力するか、syncdeskctl salesforce login --profile %1 を実行するか、--sf-password-env NAME と --sf-client-secret-env NAME を指定してください。</translation>
    </message>
    <message>
        <source>Salesforce credentials are incomplete. Give --profile FILE, --sandbox, or --sf-client-id, --sf-client-secret-env NAME, --sf-username and --sf-password-env NAME.</source>
        <translation>Salesforce の認証情報が不足しています。--profile FILE、--sandbox、または --sf-client-id、--sf-client-secret-env NAME、--sf-username、--sf-password-env NAME を指定してください。</translation>
    </message>
    <message>
        <source>Salesforce credentials are incomplete. Enter the client ID, the client secret, the user name and the password with the security token on the Salesforce area&apos;s Account mapping tab, or sign in with the browser there.</source>
        <translation>Salesforce の認証情報が不完全です。Salesforce 画面の [アカウントの対応付け] タブで、クライアント ID、クライアントシークレット、ユーザー名、セキュリティトークン付きのパスワードを入力するか、同じタブでブラウザーからサインインしてください。</translation>
    </message>
</context>
<context>
    <name>SalesforceIds</name>
    <message>
        <source>Copy the Salesforce Org ID again from Setup &gt; Company Information.</source>
        <translation>Salesforce の組織 ID を [設定] &gt; [組織情報] からもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>Enter the org ID: 15 or 18 letters and digits starting with 00D. %1</source>
        <translation>組織 ID を入力してください。00D で始まる 15 文字または 18 文字の英数字です。%1</translation>
    </message>
    <message>
        <source>The org ID has a character that is not allowed at position %1 (%2): an org ID has only the letters A-Z and a-z and the digits 0-9. Remove it, or %3</source>
        <translation>組織 ID の %1 文字目に使用できない文字 (%2) があります。組織 ID に使用できるのは英字 A-Z と a-z、数字 0-9 のみです。その文字を削除するか、%3</translation>
    </message>
    <message>
        <source>copy the Salesforce Org ID again from Setup &gt; Company Information.</source>
        <translation>Salesforce の組織 ID を [設定] &gt; [組織情報] からもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>This is a user ID (it starts with 005), not an org ID (which starts with 00D). %1</source>
        <translation>これはユーザー ID（005 で始まる）であり、組織 ID（00D で始まる）ではありません。%1</translation>
    </message>
    <message>
        <source>The org ID must start with 00D, with a capital D: a 15-character ID is case-sensitive, so %1 starts another kind of record. %2</source>
        <translation>組織 ID は大文字の D を含む 00D で始まる必要があります。15 文字の ID では大文字と小文字が区別されるため、%1 で始まる ID は別の種類のレコードを表します。%2</translation>
    </message>
    <message>
        <source>The org ID must start with 00D, but this one starts with %1, so it identifies another kind of record. %2</source>
        <translation>組織 ID は 00D で始まる必要がありますが、この ID は %1 で始まるため、別の種類のレコードを表します。%2</translation>
    </message>
    <message>
        <source>The org ID must have 15 or 18 characters, not %1. %2</source>
        <translation>組織 ID は 15 文字または 18 文字である必要があります（現在 %1 文字）。%2</translation>
    </message>
    <message>
        <source>The checksum of the 18-character org ID is wrong: expected %1 from the first 15 characters, but it ends in %2. A character was mistyped; %3</source>
        <translation>18 文字の組織 ID のチェックサムが正しくありません。先頭 15 文字からは %1 になるはずですが、末尾は %2 です。入力を誤った文字があります。%3</translation>
    </message>
</context>
<context>
    <name>SalesforceLoginCommand</name>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Use the built-in Salesforce sandbox (no account needed).</source>
        <translation>内蔵の Salesforce サンドボックスを使用します（アカウント不要）。</translation>
    </message>
    <message>
        <source>Read the login URL and consumer key from profile FILE and keep the sign-in in the keychain for it.</source>
        <translation>プロファイル FILE からログイン URL とコンシューマー鍵を読み込み、サインイン情報をそのプロファイル用にキーチェーンに保管します。</translation>
    </message>
    <message>
        <source>Salesforce login URL: https://login.salesforce.com (default), https://test.salesforce.com for a sandbox org, or your My Domain URL.</source>
        <translation>Salesforce のログイン URL: https://login.salesforce.com（既定値）、サンドボックス組織の場合は https://test.salesforce.com、または私のドメインの URL。</translation>
    </message>
    <message>
        <source>Consumer key of the connected app.</source>
        <translation>接続アプリケーションのコンシューマー鍵。</translation>
    </message>
    <message>
        <source>Name of the environment variable that holds the connected app&apos;s consumer secret (only when the app requires the secret for the web server flow).</source>
        <translation>接続アプリケーションのコンシューマーの秘密を格納する環境変数の名前（アプリケーションで Web サーバーフローに秘密が必須の場合のみ）。</translation>
    </message>
    <message>
        <source>Loopback port for Salesforce&apos;s answer (0: any free port; the connected app&apos;s callback URL must be http://127.0.0.1:PORT/).</source>
        <translation>Salesforce からの応答を受け取るループバックポート（0: 任意の空きポート。接続アプリケーションのコールバック URL は http://127.0.0.1:PORT/ である必要があります）。</translation>
    </message>
    <message>
        <source>Give up after SECONDS without an answer.</source>
        <translation>応答がないまま SECONDS 秒が経過したら中止します。</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port には 0 ～ 65535 の数値を指定してください。</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds (1 or more).</source>
        <translation>--timeout には秒数（1 以上）を指定してください。</translation>
    </message>
    <message>
        <source>Use either --sandbox or --profile, not both.</source>
        <translation>--sandbox と --profile はどちらか一方のみを指定してください。</translation>
    </message>
    <message>
        <source>Missing: --sf-client-id (or a profile with the consumer key). Give the connected app&apos;s consumer key, or use --sandbox.</source>
        <translation>不足しています: --sf-client-id（またはコンシューマー鍵を含むプロファイル）。接続アプリケーションのコンシューマー鍵を指定するか、--sandbox を使用してください。</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set. Put the consumer secret in it (--sf-client-secret-env names the variable, it never takes the secret itself).</source>
        <translation>環境変数 %1 が空か、設定されていません。この変数にコンシューマーの秘密を設定してください（--sf-client-secret-env には変数名を指定します。秘密自体は指定できません）。</translation>
    </message>
    <message>
        <source>Open this address in a browser and allow access: %1</source>
        <translation>ブラウザーで次のアドレスを開き、アクセスを許可してください: %1</translation>
    </message>
    <message>
        <source>Waiting for Salesforce to answer…</source>
        <translation>Salesforce からの応答を待っています…</translation>
    </message>
    <message>
        <source>Signed in to Salesforce: org %1, user %2, instance %3</source>
        <translation>Salesforce にサインインしました: 組織 %1、ユーザー %2、インスタンス %3</translation>
    </message>
    <message>
        <source>The sign-in could not be stored: %1</source>
        <translation>サインイン情報を保管できませんでした: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>The refresh token is stored in %1 under %2.</source>
        <translation>更新トークンは %1 の %2 に保管されています。</translation>
    </message>
    <message>
        <source>The refresh token was not stored: give --profile FILE to keep the sign-in in the keychain.</source>
        <translation>更新トークンは保管されませんでした。サインイン情報をキーチェーンに保管するには --profile FILE を指定してください。</translation>
    </message>
</context>
<context>
    <name>SalesforceVerifyCommand</name>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set. Put the secret in it (%2 names the variable, it never takes the secret itself).</source>
        <translation>環境変数 %1 が空か、設定されていません。この変数にシークレットを設定してください（%2 には変数名を指定します。シークレット自体は指定できません）。</translation>
    </message>
    <message>
        <source>Use the built-in Salesforce sandbox (no account needed).</source>
        <translation>内蔵の Salesforce サンドボックスを使用します（アカウント不要）。</translation>
    </message>
    <message>
        <source>Salesforce login URL: https://login.salesforce.com (default), https://test.salesforce.com for a sandbox org, or your My Domain URL.</source>
        <translation>Salesforce のログイン URL: https://login.salesforce.com（既定値）、サンドボックス組織の場合は https://test.salesforce.com、または私のドメインの URL。</translation>
    </message>
    <message>
        <source>Consumer key of the connected app.</source>
        <translation>接続アプリケーションのコンシューマー鍵。</translation>
    </message>
    <message>
        <source>Name of the environment variable that holds the connected app&apos;s consumer secret.</source>
        <translation>接続アプリケーションのコンシューマーの秘密を格納する環境変数の名前。</translation>
    </message>
    <message>
        <source>Salesforce user name.</source>
        <translation>Salesforce のユーザー名。</translation>
    </message>
    <message>
        <source>Name of the environment variable that holds the password with the security token appended.</source>
        <translation>パスワードの末尾にセキュリティトークンを付けたものを格納する環境変数の名前。</translation>
    </message>
    <message>
        <source>Output format: json (default: text).</source>
        <translation>出力形式: json（既定値: テキスト）。</translation>
    </message>
    <message>
        <source>Error: unknown format %1; use json or leave --format out for text.</source>
        <translation>エラー: 不明な形式 %1 です。json を指定するか、テキストで出力する場合は --format を省略してください。</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>接続に失敗しました: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message>
        <source>Org ID: %1</source>
        <translation>組織 ID: %1</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>ユーザー: %1 (%2)</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>メール: %1</translation>
    </message>
    <message>
        <source>Instance URL: %1</source>
        <translation>インスタンス URL: %1</translation>
    </message>
    <message>
        <source>API usage: %1 of %2 requests today</source>
        <translation>API 使用状況: 本日 %2 リクエスト中 %1 リクエスト</translation>
    </message>
    <message>
        <source>API usage: not reported</source>
        <translation>API 使用状況: 報告なし</translation>
    </message>
    <message>
        <source>Presence statuses: %1</source>
        <translation>プレゼンス状況: %1 件</translation>
    </message>
    <message>
        <source>Service channels: %1</source>
        <translation>サービスチャネル: %1 件</translation>
    </message>
    <message>
        <source>Read the login URL, consumer key and user name from profile FILE (password, consumer secret and browser sign-in from the keychain).</source>
        <translation>プロファイル FILE からログイン URL、コンシューマー鍵、ユーザー名を読み込みます（パスワード、コンシューマーの秘密、ブラウザーでのサインイン情報はキーチェーンから取得）。</translation>
    </message>
    <message>
        <source>Use either --profile or --sandbox, not both.</source>
        <translation>--profile と --sandbox はどちらか一方のみ指定してください。</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Error: %1 is not an IP address.</source>
        <translation>エラー: %1 は IP アドレスではありません。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Syncdesk sandbox running. Simulated users: %1, seed: %2. Stop with Ctrl+C.</source>
        <translation>Syncdesk サンドボックスを実行中です。模擬ユーザー数: %1、シード値: %2。Ctrl+C で停止します。</translation>
    </message>
    <message>
        <source>Sandbox stopped. Token requests: %1, API requests: %2.</source>
        <translation>サンドボックスを停止しました。トークンリクエスト: %1、API リクエスト: %2。</translation>
    </message>
    <message>
        <source>ACD sandbox: token requests: %1, API requests: %2.</source>
        <translation>ACD サンドボックス: トークンリクエスト: %1、API リクエスト: %2。</translation>
    </message>
</context>
<context>
    <name>SyncdeskMain</name>
    <message>
        <source>User interface language: en, de or ja.</source>
        <translation>ユーザーインターフェイスの言語: en、de、ja のいずれか。</translation>
    </message>
    <message>
        <source>Open the sandbox profile (a simulated Zoom account) at start.</source>
        <translation>起動時にサンドボックスのプロファイル（模擬 Zoom アカウント）を開きます。</translation>
    </message>
    <message>
        <source>Open this profile file at start.</source>
        <translation>起動時にこのプロファイルファイルを開きます。</translation>
    </message>
    <message>
        <source>Folder that holds the profiles.</source>
        <translation>プロファイルを格納するフォルダー。</translation>
    </message>
    <message>
        <source>Show the live event monitor at start, like --area monitor (with --sandbox it receives the simulated team&apos;s events).</source>
        <translation>起動時にライブイベントモニターを表示します。--area monitor と同じです（--sandbox と併用すると、模擬チームのイベントを受信します）。</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file and quit.</source>
        <translation>ウィンドウの画像をこの PNG ファイルに保存して終了します。</translation>
    </message>
    <message>
        <source>With --screenshot: wait this many milliseconds first, so the monitor has live data.</source>
        <translation>--screenshot と併用: モニターにライブデータが表示されるよう、指定したミリ秒数だけ先に待機します。</translation>
    </message>
    <message>
        <source>With --screenshot: run Test connection first and wait for it.</source>
        <translation>--screenshot と併用: 先に接続テストを実行し、完了するまで待機します。</translation>
    </message>
    <message>
        <source>Window size, for example 1000x700.</source>
        <translation>ウィンドウのサイズ（例: 1000x700）。</translation>
    </message>
    <message>
        <source>Set up and check Zoom, NICE CXone and Salesforce integrations.</source>
        <translation>Zoom、NICE CXone、Salesforce の連携を設定・確認します。</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>スクリーンショットを %1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>--screenshot-delay takes a number of milliseconds, for example 5000.</source>
        <translation>--screenshot-delay にはミリ秒単位の数値を指定してください（例: 5000）。</translation>
    </message>
    <message>
        <source>Unknown area %1. Use one of: %2.</source>
        <translation>不明な画面 %1 です。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>--page opens the setup guide; it cannot be combined with --area %1.</source>
        <translation>--page はセットアップガイドを開くため、--area %1 と併用できません。</translation>
    </message>
    <message>
        <source>Open the setup guide on this page: profile, checklist, credentials, acd-connection, acd-mapping or salesforce-mapping.</source>
        <translation>セットアップガイドをこのページで開きます: profile、checklist、credentials、acd-connection、acd-mapping、salesforce-mapping のいずれか。</translation>
    </message>
    <message>
        <source>Unknown page %1. Use one of: %2.</source>
        <translation>不明なページ %1 です。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>The area %1 has no sections.</source>
        <translation>画面 %1 にはセクションがありません。</translation>
    </message>
    <message>
        <source>Unknown section %1 of %2. Use one of: %3.</source>
        <translation>画面 %2 のセクション %1 は不明です。次のいずれかを指定してください: %3。</translation>
    </message>
    <message>
        <source>Area to show at start: overview, zoom, acd, salesforce, contactcenter, monitor or setup; a tab as AREA/TAB, for example acd/directory, salesforce/statuses, salesforce/rules or contactcenter/cti.</source>
        <translation>起動時に表示する領域: overview、zoom、acd、salesforce、contactcenter、monitor、setup のいずれか。タブを指定する場合は AREA/TAB の形式で、acd/directory、salesforce/statuses、salesforce/rules、contactcenter/cti のように指定します。</translation>
    </message>
    <message>
        <source>Show the welcome page, as on the very first start (also for --screenshot).</source>
        <translation>初回起動時と同じように、ようこそページを表示します（--screenshot にも使用できます）。</translation>
    </message>
    <message>
        <source>Colours: dark or light (with the Fusion style), whatever the desktop&apos;s theme.</source>
        <translation>配色: dark または light（Fusion スタイルを使用）。デスクトップのテーマに関係なく適用されます。</translation>
    </message>
    <message>
        <source>Unknown palette %1. Use dark or light.</source>
        <translation>不明な配色 %1 です。dark または light を指定してください。</translation>
    </message>
    <message>
        <source>Could Not Restart</source>
        <translation>再起動できませんでした</translation>
    </message>
    <message>
        <source>Syncdesk could not start again (%1). Nothing was lost. Start it yourself: it opens in the chosen language.</source>
        <translation>Syncdesk を再起動できませんでした（%1）。失われたデータはありません。Syncdesk を手動で起動してください。選択した言語で開きます。</translation>
    </message>
</context>
<context>
    <name>WebhookReceiver</name>
    <message>
        <source>No x-zm-signature header</source>
        <translation>x-zm-signature ヘッダーがありません</translation>
    </message>
    <message>
        <source>Malformed x-zm-signature header</source>
        <translation>x-zm-signature ヘッダーの形式が不正です</translation>
    </message>
    <message>
        <source>Wrong signature (the secret token does not match)</source>
        <translation>署名が正しくありません（シークレットトークンが一致しません）</translation>
    </message>
    <message>
        <source>No x-zm-request-timestamp header</source>
        <translation>x-zm-request-timestamp ヘッダーがありません</translation>
    </message>
    <message>
        <source>Malformed x-zm-request-timestamp header</source>
        <translation>x-zm-request-timestamp ヘッダーの形式が不正です</translation>
    </message>
    <message>
        <source>Timestamp outside the tolerance (replay or clock skew)</source>
        <translation>タイムスタンプが許容範囲外です（リプレイ攻撃または時刻のずれ）</translation>
    </message>
    <message>
        <source>Extra authentication header missing or wrong</source>
        <translation>追加の認証ヘッダーがないか、正しくありません</translation>
    </message>
    <message>
        <source>Body too large</source>
        <translation>本文が大きすぎます</translation>
    </message>
    <message>
        <source>Correctly signed, but the body is not a JSON object</source>
        <translation>署名は正しいものの、本文が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>Method not allowed (only POST)</source>
        <translation>許可されていないメソッドです（POST のみ）</translation>
    </message>
    <message>
        <source>Unknown path</source>
        <translation>不明なパス</translation>
    </message>
    <message>
        <source>Malformed HTTP request</source>
        <translation>HTTP リクエストの形式が不正です</translation>
    </message>
    <message>
        <source>Too many connections at once</source>
        <translation>同時接続数が多すぎます</translation>
    </message>
    <message>
        <source>Request not completed in time</source>
        <translation>リクエストが時間内に完了しませんでした</translation>
    </message>
    <message>
        <source>Too many connections from one address</source>
        <translation>1 つのアドレスからの接続が多すぎます</translation>
    </message>
    <message>
        <source>Replay of a request already received (answered, not stored again)</source>
        <translation>受信済みリクエストの再送（応答済み、再保存なし）</translation>
    </message>
</context>
<context>
    <name>WebhookVerifier</name>
    <message>
        <source>Signature valid</source>
        <translation>署名は有効です</translation>
    </message>
    <message>
        <source>No x-zm-signature header</source>
        <translation>x-zm-signature ヘッダーがありません</translation>
    </message>
    <message>
        <source>Malformed signature</source>
        <translation>署名の形式が不正です</translation>
    </message>
    <message>
        <source>Wrong signature (secret token does not match)</source>
        <translation>署名が正しくありません（シークレットトークンが一致しません）</translation>
    </message>
    <message>
        <source>No x-zm-request-timestamp header</source>
        <translation>x-zm-request-timestamp ヘッダーがありません</translation>
    </message>
    <message>
        <source>Malformed timestamp</source>
        <translation>タイムスタンプの形式が不正です</translation>
    </message>
    <message>
        <source>Timestamp outside the tolerance (replay or clock skew)</source>
        <translation>タイムスタンプが許容範囲外です（リプレイ攻撃または時刻のずれ）</translation>
    </message>
</context>
<context>
    <name>ZoomCatalog</name>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>User has been created</source>
        <translation>ユーザーが作成されました</translation>
    </message>
    <message>
        <source>User has been disassociated</source>
        <translation>ユーザーの関連付けが解除されました</translation>
    </message>
    <message>
        <source>User has been deleted</source>
        <translation>ユーザーが削除されました</translation>
    </message>
    <message>
        <source>User has been activated</source>
        <translation>ユーザーが有効化されました</translation>
    </message>
    <message>
        <source>User has been deactivated</source>
        <translation>ユーザーが無効化されました</translation>
    </message>
    <message>
        <source>User&apos;s profile info has been updated</source>
        <translation>ユーザーのプロフィール情報が更新されました</translation>
    </message>
    <message>
        <source>User&apos;s settings have been updated</source>
        <translation>ユーザーの設定が更新されました</translation>
    </message>
    <message>
        <source>User has accepted the account invitation</source>
        <translation>ユーザーがアカウントへの招待を承諾しました</translation>
    </message>
    <message>
        <source>User Activity</source>
        <translation>ユーザーアクティビティ</translation>
    </message>
    <message>
        <source>User has signed in</source>
        <translation>ユーザーがサインインしました</translation>
    </message>
    <message>
        <source>User has signed out</source>
        <translation>ユーザーがサインアウトしました</translation>
    </message>
    <message>
        <source>User&apos;s presence status has been updated</source>
        <translation>ユーザーのプレゼンスステータスが更新されました</translation>
    </message>
    <message>
        <source>User&apos;s personal notes have been updated</source>
        <translation>ユーザーの個人メモが更新されました</translation>
    </message>
    <message>
        <source>Zoom Phone</source>
        <translation>Zoom Phone</translation>
    </message>
    <message>
        <source>Callee ended a phone call</source>
        <translation>着信側が通話を終了しました</translation>
    </message>
    <message>
        <source>Caller ended a phone call</source>
        <translation>発信側が通話を終了しました</translation>
    </message>
    <message>
        <source>Caller is connected to the callee</source>
        <translation>発信側が着信側に接続されました</translation>
    </message>
    <message>
        <source>Caller answered a phone call</source>
        <translation>着信側が電話に応答しました</translation>
    </message>
    <message>
        <source>Directory Sync</source>
        <translation>Directory Sync</translation>
    </message>
    <message>
        <source>Presence Sync</source>
        <translation>Presence Sync</translation>
    </message>
    <message>
        <source>View all users&apos; contacts</source>
        <translation>すべてのユーザーの連絡先を表示</translation>
    </message>
    <message>
        <source>Directory Sync reads the company contacts with their extensions and presence.</source>
        <translation>Directory Sync は、社内の連絡先を内線番号とプレゼンスとともに読み取ります。</translation>
    </message>
    <message>
        <source>View all users&apos; phone information</source>
        <translation>すべてのユーザーの電話情報を表示</translation>
    </message>
    <message>
        <source>Extensions and phone numbers of Zoom Phone users, and the phone call events.</source>
        <translation>Zoom Phone ユーザーの内線番号と電話番号、および通話イベント。</translation>
    </message>
    <message>
        <source>View all user information</source>
        <translation>すべてのユーザー情報を表示</translation>
    </message>
    <message>
        <source>Lists the account&apos;s users for the directory and maps them to ACD agents.</source>
        <translation>ディレクトリ用にアカウントのユーザーを一覧表示し、ACD のエージェントに対応付けます。</translation>
    </message>
    <message>
        <source>View users information and manage users</source>
        <translation>ユーザー情報の表示とユーザーの管理</translation>
    </message>
    <message>
        <source>Lets the ACD write presence back to Zoom (bidirectional Presence Sync).</source>
        <translation>ACD から Zoom にプレゼンスを書き戻せるようにします（双方向の Presence Sync）。</translation>
    </message>
    <message>
        <source>View all events information</source>
        <translation>すべてのイベント情報を表示</translation>
    </message>
    <message>
        <source>Zoom only lets a subscription include events whose read scopes the app has.</source>
        <translation>Zoom では、アプリが読み取りスコープを持つイベントしかサブスクリプションに含めることができません。</translation>
    </message>
    <message>
        <source>Sign in to the Zoom App Marketplace</source>
        <translation>Zoom App Marketplace にサインイン</translation>
    </message>
    <message>
        <source>Use an administrator account of the Zoom account you want to connect.</source>
        <translation>接続する Zoom アカウントの管理者アカウントを使用してください。</translation>
    </message>
    <message>
        <source>Build a Server-to-Server OAuth app</source>
        <translation>Server-to-Server OAuth アプリを作成</translation>
    </message>
    <message>
        <source>Develop → Build App → Server-to-Server OAuth. Other app types cannot use the account credentials grant.</source>
        <translation>Develop → Build App → Server-to-Server OAuth の順に選択します。他の種類のアプリでは account credentials グラントを使用できません。</translation>
    </message>
    <message>
        <source>Note the account ID and client ID</source>
        <translation>アカウント ID とクライアント ID を控える</translation>
    </message>
    <message>
        <source>You need both when mapping the Zoom account; enter them on the next page.</source>
        <translation>Zoom アカウントの対応付けに両方とも必要です。次のページで入力してください。</translation>
    </message>
    <message>
        <source>Generate and note the client secret</source>
        <translation>クライアントシークレットを生成して控える</translation>
    </message>
    <message>
        <source>Click Generate next to the client secret. Syncdesk keeps it in the system keychain.</source>
        <translation>クライアントシークレットの横にある [Generate] をクリックします。Syncdesk はこれをシステムのキーチェーンに保管します。</translation>
    </message>
    <message>
        <source>Fill in the basic information</source>
        <translation>基本情報を入力</translation>
    </message>
    <message>
        <source>App name, short description and company name; under developer contact information the administrator&apos;s name and e-mail address. Then click Continue.</source>
        <translation>アプリ名、簡単な説明、会社名を入力し、開発者の連絡先情報に管理者の氏名とメールアドレスを入力します。その後、[Continue] をクリックします。</translation>
    </message>
    <message>
        <source>Add an event subscription with the endpoint URL</source>
        <translation>エンドポイント URL でイベントサブスクリプションを追加</translation>
    </message>
    <message>
        <source>Give the subscription a name and enter the event notification endpoint URL below. Validate works only after the ACD account mapping is complete.</source>
        <translation>サブスクリプションに名前を付け、下に表示されているイベント通知エンドポイント URL を入力します。[Validate] は ACD アカウントの対応付けが完了した後でのみ機能します。</translation>
    </message>
    <message>
        <source>Generate and note the secret token</source>
        <translation>シークレットトークンを生成して控える</translation>
    </message>
    <message>
        <source>Click Generate next to Secret Token. It signs every event Zoom sends; Syncdesk keeps it in the system keychain.</source>
        <translation>シークレットトークンの横にある [Generate] をクリックします。Zoom が送信するすべてのイベントはこのトークンで署名されます。Syncdesk はこれをシステムのキーチェーンに保管します。</translation>
    </message>
    <message>
        <source>Select exactly the events listed below. Directory Sync and Presence Sync use separate subscriptions.</source>
        <translation>下に表示されているイベントを過不足なく選択してください。Directory Sync と Presence Sync では別々のサブスクリプションを使用します。</translation>
    </message>
    <message>
        <source>Choose the event types</source>
        <translation>イベントタイプを選択</translation>
    </message>
    <message>
        <source>Add the five scopes</source>
        <translation>5 つのスコープを追加</translation>
    </message>
    <message>
        <source>On the Scopes page, add each scope listed below (classic or granular names, whichever your Marketplace shows).</source>
        <translation>[Scopes] ページで、下に表示されている各スコープを追加します（クラシック名とグラニュラー名のうち、Marketplace に表示される方を使用）。</translation>
    </message>
    <message>
        <source>Click Done, then Save and activate the app</source>
        <translation>[Done] をクリックし、保存してアプリをアクティベート</translation>
    </message>
    <message>
        <source>An app that is not activated cannot issue tokens.</source>
        <translation>アクティベートされていないアプリはトークンを発行できません。</translation>
    </message>
</context>
<context>
    <name>ZoomCommands</name>
    <message>
        <source>Use either --profile or --sandbox, not both.</source>
        <translation>--profile と --sandbox はどちらか一方のみ指定してください。</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set. Put the client secret in it (--client-secret-env names the variable, it never takes the secret itself).</source>
        <translation>環境変数 %1 が空か、設定されていません。この変数にクライアントシークレットを設定してください（--client-secret-env には変数名を指定します。シークレット自体は指定できません）。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>接続に失敗しました: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>%1 に接続しました</translation>
    </message>
    <message>
        <source>Users: %1</source>
        <translation>ユーザー数: %1</translation>
    </message>
    <message>
        <source>Phone users: %1</source>
        <translation>Zoom Phone ユーザー数: %1</translation>
    </message>
    <message>
        <source>Token expires: %1</source>
        <translation>トークンの有効期限: %1</translation>
    </message>
    <message>
        <source>Granted scopes: %1</source>
        <translation>付与済みのスコープ: %1</translation>
    </message>
    <message>
        <source>Missing scopes: %1. Add them on the app&apos;s Scopes page in the Zoom App Marketplace.</source>
        <translation>不足しているスコープ: %1。Zoom App Marketplace で、アプリの [Scopes] ページから追加してください。</translation>
    </message>
    <message>
        <source>Error: unknown format %1; use jsonl or csv.</source>
        <translation>エラー: 不明な形式 %1 です。jsonl または csv を指定してください。</translation>
    </message>
    <message>
        <source>Error: %1 cannot be written: %2</source>
        <translation>エラー: %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Error: writing the output failed (%1). Check free disk space or the receiving pipe.</source>
        <translation>エラー: 出力の書き込みに失敗しました (%1)。ディスクの空き容量または出力先のパイプを確認してください。</translation>
    </message>
    <message>
        <source>Error (users written so far: %1): %2</source>
        <translation>エラー（ここまでに書き込んだユーザー数: %1）: %2</translation>
    </message>
    <message>
        <source>Users written: %1 (Zoom reported %2).</source>
        <translation>書き込んだユーザー数: %1（Zoom の報告では %2）。</translation>
    </message>
</context>
<context>
    <name>ZoomConnectionResolver</name>
    <message>
        <source>%1 is a sandbox profile; use --sandbox instead.</source>
        <translation>%1 はサンドボックスのプロファイルです。代わりに --sandbox を使用してください。</translation>
    </message>
    <message>
        <source>The built-in sandbox is not running. Open the sandbox profile again.</source>
        <translation>内蔵サンドボックスが実行されていません。サンドボックスのプロファイルをもう一度開いてください。</translation>
    </message>
    <message>
        <source>%1 is not a valid http(s) URL.</source>
        <translation>%1 は有効な http(s) URL ではありません。</translation>
    </message>
    <message>
        <source>Zoom credentials are incomplete. Give --profile FILE, --sandbox, or --account-id, --client-id and --client-secret-env NAME (or --client-secret-stdin).</source>
        <translation>Zoom の認証情報が不足しています。--profile FILE、--sandbox、または --account-id、--client-id、--client-secret-env NAME（または --client-secret-stdin）を指定してください。</translation>
    </message>
    <message>
        <source>Zoom credentials are incomplete. Enter the account ID, client ID and client secret of your Server-to-Server OAuth app on the Credentials page of the setup guide.</source>
        <translation>Zoom の認証情報が不完全です。セットアップガイドの認証情報のページで、Server-to-Server OAuth アプリのアカウント ID、クライアント ID、クライアントシークレットを入力してください。</translation>
    </message>
    <message>
        <source>No webhook secret token was given.</source>
        <translation>Webhook のシークレットトークンが指定されていません。</translation>
    </message>
    <message>
        <source>No secret token is stored for this profile.</source>
        <translation>このプロファイルにはシークレットトークンが保存されていません。</translation>
    </message>
</context>
<context>
    <name>ZoomEventParser</name>
    <message>
        <source>The event is not a JSON object.</source>
        <translation>イベントが JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The event has no &quot;event&quot; name.</source>
        <translation>イベントに &quot;event&quot; 名がありません。</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>連絡可能</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>退席中</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>応答不可</translation>
    </message>
    <message>
        <source>In a meeting</source>
        <translation>ミーティング中</translation>
    </message>
    <message>
        <source>Presenting</source>
        <translation>発表中</translation>
    </message>
    <message>
        <source>On a phone call</source>
        <translation>通話中</translation>
    </message>
    <message>
        <source>In a calendar event</source>
        <translation>カレンダーの予定あり</translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation>外出中</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>取り込み中</translation>
    </message>
    <message>
        <source>Signed in on mobile only</source>
        <translation>モバイルのみサインイン中</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Other status</source>
        <translation>その他のステータス</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>呼び出し中</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>通話中</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>その他のイベント</translation>
    </message>
    <message>
        <source>URL validation</source>
        <translation>URL 検証</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>ユーザー作成</translation>
    </message>
    <message>
        <source>User disassociated</source>
        <translation>ユーザーの関連付け解除</translation>
    </message>
    <message>
        <source>User deleted</source>
        <translation>ユーザー削除</translation>
    </message>
    <message>
        <source>User activated</source>
        <translation>ユーザー有効化</translation>
    </message>
    <message>
        <source>User deactivated</source>
        <translation>ユーザー無効化</translation>
    </message>
    <message>
        <source>User updated</source>
        <translation>ユーザー更新</translation>
    </message>
    <message>
        <source>User settings updated</source>
        <translation>ユーザー設定の更新</translation>
    </message>
    <message>
        <source>Invitation accepted</source>
        <translation>招待の承諾</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Presence changed</source>
        <translation>プレゼンスの変更</translation>
    </message>
    <message>
        <source>Personal note updated</source>
        <translation>個人メモの更新</translation>
    </message>
    <message>
        <source>Call answered</source>
        <translation>通話応答</translation>
    </message>
    <message>
        <source>Caller hung up</source>
        <translation>発信側が切断</translation>
    </message>
    <message>
        <source>Callee hung up</source>
        <translation>着信側が切断</translation>
    </message>
    <message>
        <source>Recording completed</source>
        <translation>録音完了</translation>
    </message>
    <message>
        <source>Recording transcript completed</source>
        <translation>録音の文字起こし完了</translation>
    </message>
    <message>
        <source>Messaging transcript completed</source>
        <translation>メッセージの文字起こし完了</translation>
    </message>
    <message>
        <source>Engagement note added</source>
        <translation>エンゲージメントのメモ追加</translation>
    </message>
    <message>
        <source>Disposition added</source>
        <translation>処理結果の追加</translation>
    </message>
    <message>
        <source>Events may be missing</source>
        <translation>イベント欠落の可能性</translation>
    </message>
    <message>
        <source>Not valid JSON: %1.</source>
        <translation>有効な JSON ではありません: %1。</translation>
    </message>
    <message>
        <source>Caller connected</source>
        <translation>発信側が接続</translation>
    </message>
</context>
<context>
    <name>comboCells</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1、%2 行目</translation>
    </message>
</context>
<context>
    <name>syncdesk::AboutDialog</name>
    <message>
        <source>About Syncdesk</source>
        <translation>Syncdesk について</translation>
    </message>
    <message>
        <source>Syncdesk icon</source>
        <translation>Syncdesk のアイコン</translation>
    </message>
    <message>
        <source>Syncdesk %1</source>
        <translation>Syncdesk %1</translation>
    </message>
    <message>
        <source>A desktop console for setting up and checking the integrations between Zoom, NICE CXone and Salesforce.</source>
        <translation>Zoom、NICE CXone、Salesforce 間の連携を設定・確認するためのデスクトップコンソールです。</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain, never in profile files or logs.</source>
        <translation>シークレットはシステムのキーチェーンに保管され、プロファイルファイルやログには保存されません。</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Versions of Syncdesk and its libraries</source>
        <translation>Syncdesk とそのライブラリのバージョン</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>バージョンをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>バージョンをコピー</translation>
    </message>
    <message>
        <source>Copies the versions and the platform to the clipboard, for a support ticket.</source>
        <translation>サポートへの問い合わせ用に、バージョンとプラットフォームをクリップボードにコピーします。</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>クリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Copyright © 2026 The Syncdesk authors. Syncdesk is free software under the MIT License: you may use, copy, change and share it; it comes without any warranty.</source>
        <translation>Copyright © 2026 The Syncdesk authors. Syncdesk は MIT ライセンスのフリーソフトウェアです。使用、複製、変更、共有は自由ですが、保証は一切ありません。</translation>
    </message>
    <message>
        <source>Open the user guide</source>
        <translation>ユーザーガイドを開く</translation>
    </message>
    <message>
        <source>The user guide is in the folder docs/user-guide of the Syncdesk sources and packages.</source>
        <translation>ユーザーガイドは、Syncdesk のソースおよびパッケージの docs/user-guide フォルダーにあります。</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>ユーザーガイド</translation>
    </message>
</context>
<context>
    <name>syncdesk::AcdAccountMappingEditor</name>
    <message>
        <source>In CXone, the Zoom account is mapped in Adapters &gt; Account Mapping &gt; Zoom &gt; Map Accounts. CXone offers no interface for this dialog, so copy each value below into it. Check values proves them against Zoom and the ACD first.</source>
        <translation>CXone では、Zoom アカウントの対応付けを [Adapters] &gt; [Account Mapping] &gt; [Zoom] &gt; [Map Accounts] で行います。このダイアログには CXone のインターフェイスがないため、下の各値をダイアログにコピーしてください。[値を確認] を使うと、事前に Zoom と ACD で値を検証できます。</translation>
    </message>
    <message>
        <source>Values for the Map Accounts dialog</source>
        <translation>[Map Accounts] ダイアログの値</translation>
    </message>
    <message>
        <source>Access-key user:</source>
        <translation>アクセスキーのユーザー:</translation>
    </message>
    <message>
        <source>Choose this user under Access Key User. Directory Sync works as this user.</source>
        <translation>[Access Key User] でこのユーザーを選択します。Directory Sync はこのユーザーとして動作します。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Adapter version:</source>
        <translation>アダプターのバージョン:</translation>
    </message>
    <message>
        <source>The same kind as the Zoom app&apos;s event subscription.</source>
        <translation>Zoom アプリのイベントサブスクリプションと同じ種類です。</translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation>アカウント名:</translation>
    </message>
    <message>
        <source>Filled with the Zoom account ID, which the event endpoint URL ends with, so the mapping is easy to match. You may type another name.</source>
        <translation>対応付けを照合しやすいよう、イベントエンドポイント URL の末尾にある Zoom アカウント ID が入力されています。別の名前を入力することもできます。</translation>
    </message>
    <message>
        <source>Access key ID:</source>
        <translation>アクセスキー ID:</translation>
    </message>
    <message>
        <source>The Zoom app&apos;s client ID (change it in the Zoom app area).</source>
        <translation>Zoom アプリのクライアント ID です（Zoom アプリ画面で変更できます）。</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>シークレット:</translation>
    </message>
    <message>
        <source>The Zoom app&apos;s client secret. Copy reads it from the keychain and puts it on the clipboard only.</source>
        <translation>Zoom アプリのクライアントシークレットです。[コピー] を押すとキーチェーンから読み込まれ、クリップボードにのみコピーされます。</translation>
    </message>
    <message>
        <source>Feature verification token:</source>
        <translation>機能検証トークン:</translation>
    </message>
    <message>
        <source>The Zoom app&apos;s secret token, from its Feature page. Zoom signs every event with it.</source>
        <translation>Zoom アプリの [Feature] ページにあるシークレットトークンです。Zoom はすべてのイベントにこのトークンで署名します。</translation>
    </message>
    <message>
        <source>admin@example.com, it-alerts@example.com</source>
        <translation>admin@example.com, it-alerts@example.com</translation>
    </message>
    <message>
        <source>Notification e-mails:</source>
        <translation>通知先メール:</translation>
    </message>
    <message>
        <source>Separate addresses with commas. They receive the adapter&apos;s health, authentication failures and exceptions.</source>
        <translation>アドレスはカンマで区切ります。これらのアドレスには、アダプターの稼働状況、認証エラー、例外が通知されます。</translation>
    </message>
    <message>
        <source>Check values</source>
        <translation>値を確認</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 をコピー</translation>
    </message>
    <message>
        <source>Not stored for this profile. Enter it in the Zoom app area first.</source>
        <translation>このプロファイルには保存されていません。先に Zoom アプリ画面で入力してください。</translation>
    </message>
    <message>
        <source>Steps in the Map Accounts dialog</source>
        <translation>[Map Accounts] ダイアログの手順</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The Zoom account is mapped. Zoom can now validate the event endpoint URL: continue with that step of the Zoom app checklist.</source>
        <translation>Zoom アカウントが対応付けられました。これで Zoom がイベントエンドポイント URL を検証できます。Zoom アプリのチェックリストの該当する手順に進んでください。</translation>
    </message>
    <message>
        <source>Open Zoom Checklist</source>
        <translation>Zoom チェックリストを開く</translation>
    </message>
    <message>
        <source>Not known yet: Check values signs in to the ACD and shows it.</source>
        <translation>まだ不明です。[値を確認] を押すと ACD にサインインして表示します。</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Steps done: %1 of %2</source>
        <translation>完了した手順: %1/%2</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address. Correct it; the list is saved once every address is valid.</source>
        <translation>「%1」は有効なメールアドレスではありません。修正してください。すべてのアドレスが有効になると、一覧が保存されます。</translation>
    </message>
    <message>
        <source>These are not valid e-mail addresses: %1. Correct them; the list is saved once every address is valid.</source>
        <translation>次のメールアドレスは有効ではありません: %1。修正してください。すべてのアドレスが有効になると、一覧が保存されます。</translation>
    </message>
    <message>
        <source>✓ Verified</source>
        <translation>✓ 検証済み</translation>
    </message>
    <message>
        <source>✗ Problem</source>
        <translation>✗ 問題あり</translation>
    </message>
    <message>
        <source>– Not checked</source>
        <translation>– 未確認</translation>
    </message>
    <message>
        <source>Checking with Zoom, the keychain and the ACD…</source>
        <translation>Zoom、キーチェーン、ACD で確認しています…</translation>
    </message>
    <message>
        <source>The ACD signed in but did not name the user.</source>
        <translation>ACD にサインインしましたが、ユーザー名が返されませんでした。</translation>
    </message>
    <message>
        <source>ACD sign-in failed: %1</source>
        <translation>ACD へのサインインに失敗しました: %1</translation>
    </message>
    <message>
        <source>Choose the adapter version.</source>
        <translation>アダプターのバージョンを選択してください。</translation>
    </message>
    <message>
        <source>The Zoom app checklist is not set up for %1. Tick it there or choose the other adapter version.</source>
        <translation>Zoom アプリのチェックリストが %1 用に設定されていません。チェックリストでチェックを付けるか、もう一方のアダプターのバージョンを選択してください。</translation>
    </message>
    <message>
        <source>Enter an account name.</source>
        <translation>アカウント名を入力してください。</translation>
    </message>
    <message>
        <source>Zoom did not issue a token for this client ID and secret: %1</source>
        <translation>このクライアント ID とシークレットに対して Zoom がトークンを発行しませんでした: %1</translation>
    </message>
    <message>
        <source>No secret token is stored. Enter it in the Zoom app area.</source>
        <translation>シークレットトークンが保存されていません。Zoom アプリ画面で入力してください。</translation>
    </message>
    <message>
        <source>Add at least one notification e-mail address.</source>
        <translation>通知先のメールアドレスを 1 つ以上追加してください。</translation>
    </message>
    <message>
        <source>Every value is verified. Copy them into the Map Accounts dialog.</source>
        <translation>すべての値を検証しました。[Map Accounts] ダイアログにコピーしてください。</translation>
    </message>
    <message>
        <source>Notification e-mails</source>
        <translation>通知先メール</translation>
    </message>
    <message>
        <source>E-mail addresses, separated by commas, that the ACD notifies</source>
        <translation>ACD からの通知を受け取るメールアドレスです（カンマ区切り）。</translation>
    </message>
</context>
<context>
    <name>syncdesk::AcdAccountMappingPage</name>
    <message>
        <source>Map the Zoom account in CXone</source>
        <translation>CXone で Zoom アカウントを対応付ける</translation>
    </message>
    <message>
        <source>Copy these values into CXone&apos;s Map Accounts dialog and tick each step. Afterwards Zoom can validate the event endpoint URL.</source>
        <translation>これらの値を CXone の [Map Accounts] ダイアログにコピーし、各手順にチェックを付けてください。完了すると、Zoom でイベントエンドポイント URL を検証できるようになります。</translation>
    </message>
</context>
<context>
    <name>syncdesk::AcdApi</name>
    <message>
        <source>The ACD answered with data Syncdesk cannot read. Check the API URL.</source>
        <translation>ACD から Syncdesk で読み取れないデータが返されました。API URL を確認してください。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>The ACD did not accept this assignment and gave no reason.</source>
        <translation>ACD はこの割り当てを受け付けませんでした。理由は示されていません。</translation>
    </message>
    <message>
        <source>The ACD gave no result for this assignment.</source>
        <translation>ACD からこの割り当ての結果が返されませんでした。</translation>
    </message>
    <message>
        <source>The ACD gave no result for this entry.</source>
        <translation>ACD からこのエントリの結果が返されませんでした。</translation>
    </message>
    <message>
        <source>The ACD did not accept this entry and gave no reason.</source>
        <translation>ACD はこのエントリを受け付けませんでした。理由は示されていません。</translation>
    </message>
</context>
<context>
    <name>syncdesk::AcdArea</name>
    <message>
        <source>CXone ACD</source>
        <translation>CXone ACD</translation>
    </message>
    <message>
        <source>No profile is open. Choose or create one in the setup guide.</source>
        <translation>プロファイルが開かれていません。セットアップガイドでプロファイルを選択するか、作成してください。</translation>
    </message>
    <message>
        <source>Open Setup Guide</source>
        <translation>セットアップガイドを開く</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Account mapping</source>
        <translation>アカウントの対応付け</translation>
    </message>
    <message>
        <source>Address books</source>
        <translation>アドレス帳</translation>
    </message>
    <message>
        <source>Directory Sync</source>
        <translation>Directory Sync</translation>
    </message>
    <message>
        <source>ACD</source>
        <translation>ACD</translation>
    </message>
    <message>
        <source>NICE CXone: connection, Zoom account mapping, address books and Directory Sync</source>
        <translation>NICE CXone: 接続、Zoom アカウントの対応付け、アドレス帳、Directory Sync</translation>
    </message>
    <message>
        <source>CXone ACD pages</source>
        <translation>CXone ACD のページ</translation>
    </message>
</context>
<context>
    <name>syncdesk::AcdAuth</name>
    <message>
        <source>Enter the ACD client ID and client secret of your registered app and the access key ID and secret first.</source>
        <translation>先に、登録済みアプリの ACD クライアント ID とクライアントシークレット、およびアクセスキー ID とシークレットを入力してください。</translation>
    </message>
    <message>
        <source>The ACD issuer %1 did not name a token endpoint. Check the issuer URL (for example https://cxone.niceincontact.com). %2</source>
        <translation>ACD の発行者 %1 がトークンエンドポイントを示しませんでした。発行者 URL を確認してください（例: https://cxone.niceincontact.com）。%2</translation>
    </message>
    <message>
        <source>The ACD signed in, but its id_token names no tenant, so the API address cannot be found. Enter the API URL yourself (for example https://api-na1.niceincontact.com).</source>
        <translation>ACD へのサインインには成功しましたが、id_token にテナントが含まれていないため、API アドレスを特定できません。API URL を手動で入力してください（例: https://api-na1.niceincontact.com）。</translation>
    </message>
    <message>
        <source>The ACD&apos;s tenant discovery gave no API address for tenant %1. Enter the API URL yourself (for example https://api-na1.niceincontact.com).</source>
        <translation>ACD のテナント検出で、テナント %1 の API アドレスが返されませんでした。API URL を手動で入力してください（例: https://api-na1.niceincontact.com）。</translation>
    </message>
    <message>
        <source>The ACD token endpoint answered, but not with an access token. Check the issuer URL.</source>
        <translation>ACD のトークンエンドポイントから応答がありましたが、アクセストークンが含まれていませんでした。発行者 URL を確認してください。</translation>
    </message>
    <message>
        <source>The ACD rejected the client ID or client secret of the registered app. Copy both again from the app registration NICE sent you.</source>
        <translation>ACD が登録済みアプリのクライアント ID またはクライアントシークレットを拒否しました。NICE から送付されたアプリ登録情報から、両方をもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The ACD rejected the access key. Check the access key ID and secret (My Profile &gt; Access Keys); the secret is shown only once, so create a new key if it is lost.</source>
        <translation>ACD がアクセスキーを拒否しました。アクセスキー ID とシークレットを確認してください（[My Profile] &gt; [Access Keys]）。シークレットは一度しか表示されないため、紛失した場合は新しいキーを作成してください。</translation>
    </message>
    <message>
        <source>The ACD does not allow sign-in with an access key for this app. Ask NICE to enable the password grant for the registered app.</source>
        <translation>ACD では、このアプリでのアクセスキーによるサインインが許可されていません。登録済みアプリでパスワードグラントを有効にするよう NICE に依頼してください。</translation>
    </message>
</context>
<context>
    <name>syncdesk::AcdConnectionCheck</name>
    <message>
        <source>Reading the ACD secrets…</source>
        <translation>ACD のシークレットを読み込んでいます…</translation>
    </message>
    <message>
        <source>Signing in to the ACD…</source>
        <translation>ACD にサインインしています…</translation>
    </message>
    <message>
        <source>Counting agents, teams and unavailable codes…</source>
        <translation>エージェント、チーム、不在コードの数を集計しています…</translation>
    </message>
</context>
<context>
    <name>syncdesk::AcdConnectionEditor</name>
    <message>
        <source>This profile uses the built-in sandbox, a simulated CXone tenant inside Syncdesk. Its demo app and access key are filled in; Test connection works right away.</source>
        <translation>このプロファイルは、Syncdesk 内の模擬 CXone テナントである内蔵サンドボックスを使用しています。デモ用のアプリとアクセスキーが入力済みのため、すぐに接続テストを実行できます。</translation>
    </message>
    <message>
        <source>ACD sign-in</source>
        <translation>ACD へのサインイン</translation>
    </message>
    <message>
        <source>The client ID and secret come from the app registration NICE sent you. The access key ID and secret are created in CXone under My Profile &gt; Access Keys; the secret is shown only once.</source>
        <translation>クライアント ID とシークレットは、NICE から送付されたアプリ登録情報に記載されています。アクセスキー ID とシークレットは CXone の [My Profile] &gt; [Access Keys] で作成します。シークレットは一度しか表示されません。</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>リージョン:</translation>
    </message>
    <message>
        <source>Issuer URL:</source>
        <translation>発行者 URL:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>クライアント ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>クライアントシークレット:</translation>
    </message>
    <message>
        <source>Access key ID:</source>
        <translation>アクセスキー ID:</translation>
    </message>
    <message>
        <source>Access key secret:</source>
        <translation>アクセスキーシークレット:</translation>
    </message>
    <message>
        <source>Advanced: API version and address</source>
        <translation>詳細設定: API のバージョンとアドレス</translation>
    </message>
    <message>
        <source>Found after sign-in</source>
        <translation>サインイン後に検出</translation>
    </message>
    <message>
        <source>API version:</source>
        <translation>API のバージョン:</translation>
    </message>
    <message>
        <source>API URL:</source>
        <translation>API URL:</translation>
    </message>
    <message>
        <source>Leave the API URL empty: the tenant&apos;s address is found from the sign-in. Enter it only when NICE gave you one, for example https://api-na1.niceincontact.com.</source>
        <translation>API URL は空欄のままにしてください。テナントのアドレスはサインイン時に検出されます。NICE から指定された場合にのみ入力してください（例: https://api-na1.niceincontact.com）。</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>Signs in with these credentials, finds the tenant&apos;s API address and counts its agents, teams and unavailable codes. Nothing is changed in the ACD.</source>
        <translation>これらの認証情報でサインインし、テナントの API アドレスを検出して、エージェント、チーム、不在コードの数を集計します。ACD では何も変更されません。</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Tenant ID:</source>
        <translation>テナント ID:</translation>
    </message>
    <message>
        <source>Business unit:</source>
        <translation>ビジネスユニット:</translation>
    </message>
    <message>
        <source>API base:</source>
        <translation>API のベース:</translation>
    </message>
    <message>
        <source>Access-key user:</source>
        <translation>アクセスキーのユーザー:</translation>
    </message>
    <message>
        <source>Agents:</source>
        <translation>エージェント数:</translation>
    </message>
    <message>
        <source>Teams:</source>
        <translation>チーム数:</translation>
    </message>
    <message>
        <source>Unavailable codes:</source>
        <translation>不在コード数:</translation>
    </message>
    <message>
        <source>Built-in sandbox (%1)</source>
        <translation>内蔵サンドボックス (%1)</translation>
    </message>
    <message>
        <source>Other: enter the issuer URL</source>
        <translation>その他: 発行者 URL を入力</translation>
    </message>
    <message>
        <source>Not stored yet. It is stored when you leave the field.</source>
        <translation>まだ保存されていません。フィールドから移動すると保存されます。</translation>
    </message>
    <message>
        <source>Used for this session only, because the keychain is unavailable.</source>
        <translation>キーチェーンを利用できないため、このセッションでのみ使用されます。</translation>
    </message>
    <message>
        <source>Stored in %1.</source>
        <translation>%1 に保存されています。</translation>
    </message>
    <message>
        <source>Not stored: the sandbox&apos;s demo value is used.</source>
        <translation>保存されていません。サンドボックスのデモ用の値が使用されます。</translation>
    </message>
    <message>
        <source>Not stored yet.</source>
        <translation>まだ保存されていません。</translation>
    </message>
    <message>
        <source>Stored. Type a new value to replace it.</source>
        <translation>保存済みです。置き換えるには新しい値を入力してください。</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>テストをキャンセルしました。</translation>
    </message>
    <message>
        <source>Checked at %1, in %2 s.</source>
        <translation>%1 に確認しました（所要時間: %2 秒）。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP ステータス: %1</translation>
    </message>
    <message>
        <source>Connected. The ACD accepted the app credentials and the access key.</source>
        <translation>接続しました。ACD はアプリの認証情報とアクセスキーを受け付けました。</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Not named in the sign-in</source>
        <translation>サインイン情報に含まれていません</translation>
    </message>
</context>
<context>
    <name>syncdesk::AcdConnectionPage</name>
    <message>
        <source>Connect to the CXone ACD</source>
        <translation>CXone ACD に接続</translation>
    </message>
    <message>
        <source>Enter the registered app and the access key, then test the connection. You can skip this and come back later in the ACD area.</source>
        <translation>登録済みのアプリとアクセスキーを入力してから、接続をテストしてください。この手順は省略して、後で ACD 画面で設定することもできます。</translation>
    </message>
</context>
<context>
    <name>syncdesk::AcdSandbox</name>
    <message>
        <source>The ACD sandbox could not listen on %1 port %2. The port may already be in use.</source>
        <translation>ACD サンドボックスが %1 のポート %2 で待ち受けできませんでした。ポートが既に使用されている可能性があります。</translation>
    </message>
</context>
<context>
    <name>syncdesk::AddressBookEditor</name>
    <message>
        <source>Address books give agents the numbers they call. A Standard book is kept here by hand or from a CSV file; a Dynamic book is filled by Directory Sync. Assign a book so agents see it.</source>
        <translation>アドレス帳は、エージェントが発信する番号を提供します。標準アドレス帳はここで手動または CSV ファイルから管理し、動的アドレス帳には Directory Sync がエントリを登録します。エージェントに表示するには、アドレス帳を割り当ててください。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>New address book…</source>
        <translation>新しいアドレス帳…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>割り当て先</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>エントリ</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>割り当て</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV をインポート…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation>割り当て先:</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>エージェント</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>スキル</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>キャンペーン</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <source>Campaign IDs, separated by commas</source>
        <translation>キャンペーン ID（カンマ区切り）</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>割り当て</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Could not read the address books.</source>
        <translation>アドレス帳を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Teams: %1</source>
        <translation>チーム数: %1</translation>
    </message>
    <message>
        <source>Agents: %1</source>
        <translation>エージェント数: %1</translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation>スキル数: %1</translation>
    </message>
    <message>
        <source>Campaigns: %1</source>
        <translation>キャンペーン数: %1</translation>
    </message>
    <message>
        <source>Dynamic</source>
        <translation>動的</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>Choose an address book above, or create one.</source>
        <translation>上でアドレス帳を選択するか、新しく作成してください。</translation>
    </message>
    <message>
        <source>A Dynamic book is filled by Directory Sync from Zoom; its entries are shown read-only. Change them in the Directory Sync page, or in Zoom.</source>
        <translation>動的アドレス帳には Directory Sync が Zoom からエントリを登録するため、エントリは読み取り専用で表示されます。Directory Sync のページまたは Zoom で変更してください。</translation>
    </message>
    <message>
        <source>Add, edit or remove entries, or import them from a CSV file.</source>
        <translation>エントリを追加、編集、削除するか、CSV ファイルからインポートしてください。</translation>
    </message>
    <message>
        <source>The ACD did not create the book. %1</source>
        <translation>ACD でアドレス帳を作成できませんでした。%1</translation>
    </message>
    <message>
        <source>Address book &quot;%1&quot; created (ID %2).</source>
        <translation>アドレス帳「%1」を作成しました（ID %2）。</translation>
    </message>
    <message>
        <source>Delete address book</source>
        <translation>アドレス帳の削除</translation>
    </message>
    <message>
        <source>Delete the address book &quot;%1&quot; with all its entries? Agents it is assigned to no longer see it. This cannot be undone.</source>
        <translation>アドレス帳「%1」をすべてのエントリとともに削除しますか？割り当て先のエージェントには表示されなくなります。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Could not delete the address book.</source>
        <translation>アドレス帳を削除できませんでした。</translation>
    </message>
    <message>
        <source>Address book &quot;%1&quot; deleted.</source>
        <translation>アドレス帳「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Could not read the entries.</source>
        <translation>エントリを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The ACD did not accept the entry: %1</source>
        <translation>ACD がエントリを受け付けませんでした: %1</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>エントリの削除</translation>
    </message>
    <message>
        <source>Remove %1 from the address book?</source>
        <translation>%1 をアドレス帳から削除しますか？</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Could not remove the entry.</source>
        <translation>エントリを削除できませんでした。</translation>
    </message>
    <message>
        <source>Import entries from CSV</source>
        <translation>CSV からエントリをインポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV ファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export entries to CSV</source>
        <translation>エントリを CSV にエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the file exists and you may read it.</source>
        <translation>%1 を読み込めません: %2。ファイルが存在し、読み取り権限があることを確認してください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you may write to.</source>
        <translation>%1 に書き込めません: %2。書き込み権限のあるフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Entries exported: %1, to %2</source>
        <translation>エクスポートしたエントリ: %1 件（%2）</translation>
    </message>
    <message>
        <source>Every agent of the business unit sees the book.</source>
        <translation>ビジネスユニットのすべてのエージェントにこのアドレス帳が表示されます。</translation>
    </message>
    <message>
        <source>Type the campaign IDs from the ACD (Syncdesk cannot list campaigns).</source>
        <translation>ACD のキャンペーン ID を入力してください（Syncdesk ではキャンペーンを一覧表示できません）。</translation>
    </message>
    <message>
        <source>Tick who gets the book; ticked are those it is assigned to now.</source>
        <translation>アドレス帳を割り当てる対象にチェックを付けてください。現在の割り当て先にはチェックが付いています。</translation>
    </message>
    <message>
        <source>Could not read the list to choose from.</source>
        <translation>選択肢の一覧を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Could not assign the address book.</source>
        <translation>アドレス帳を割り当てられませんでした。</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>割り当て済み</translation>
    </message>
    <message>
        <source>Not assigned: %1</source>
        <translation>割り当て失敗: %1</translation>
    </message>
    <message>
        <source>The ACD refused %1 of %2 assignments; see the reasons in the list. Check the IDs and try those again.</source>
        <translation>ACD が %2 件中 %1 件の割り当てを拒否しました。理由は一覧を確認してください。ID を確認してから、それらをもう一度割り当ててください。</translation>
    </message>
    <message>
        <source>Assignments made: %1</source>
        <translation>割り当てた件数: %1</translation>
    </message>
    <message>
        <source>Could not read who the book is assigned to.</source>
        <translation>アドレス帳の割り当て先を読み込めませんでした。</translation>
    </message>
    <message>
        <source>No agent sees this book yet.</source>
        <translation>このアドレス帳が表示されるエージェントはまだいません。</translation>
    </message>
    <message>
        <source>Agents who see this book: %1</source>
        <translation>このアドレス帳が表示されるエージェント数: %1</translation>
    </message>
    <message>
        <source>Address books</source>
        <translation>アドレス帳</translation>
    </message>
    <message>
        <source>Address book pages</source>
        <translation>アドレス帳のページ</translation>
    </message>
    <message>
        <source>Choices to assign</source>
        <translation>割り当て候補</translation>
    </message>
    <message>
        <source>Campaign IDs</source>
        <translation>キャンペーン ID</translation>
    </message>
    <message>
        <source>Assignment results</source>
        <translation>割り当て結果</translation>
    </message>
    <message>
        <source>Assigned agents</source>
        <translation>割り当て済みのエージェント</translation>
    </message>
</context>
<context>
    <name>syncdesk::CaptureReplayer</name>
    <message>
        <source>Replaying %1</source>
        <translation>%1 を再生中</translation>
    </message>
</context>
<context>
    <name>syncdesk::ContactCenterApi</name>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
</context>
<context>
    <name>syncdesk::ContactCenterArea</name>
    <message>
        <source>Contact Center</source>
        <translation>コンタクトセンター</translation>
    </message>
    <message>
        <source>Salesforce CTI</source>
        <translation>Salesforce CTI</translation>
    </message>
    <message>
        <source>Contact Center: Zoom Contact Center with Salesforce (CTI settings)</source>
        <translation>コンタクトセンター: Zoom Contact Center と Salesforce の連携（CTI 設定）</translation>
    </message>
    <message>
        <source>Integration method</source>
        <translation>連携方法</translation>
    </message>
    <message>
        <source>Flow event script</source>
        <translation>フローのイベントスクリプト</translation>
    </message>
    <message>
        <source>Contact Center pages</source>
        <translation>コンタクトセンターのページ</translation>
    </message>
</context>
<context>
    <name>syncdesk::CopyButton</name>
    <message>
        <source>Copied</source>
        <translation>コピー済み</translation>
    </message>
</context>
<context>
    <name>syncdesk::CopyField</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
</context>
<context>
    <name>syncdesk::CreateAddressBookDialog</name>
    <message>
        <source>New address book</source>
        <translation>新しいアドレス帳</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Standard: entries added and edited here or imported from CSV</source>
        <translation>標準: ここでエントリを追加・編集するか、CSV からインポート</translation>
    </message>
    <message>
        <source>Dynamic: filled by Directory Sync from Zoom</source>
        <translation>動的: Directory Sync が Zoom から登録</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
</context>
<context>
    <name>syncdesk::CsvImportDialog</name>
    <message>
        <source>Import into %1</source>
        <translation>%1 にインポート</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>ファイル: %1</translation>
    </message>
    <message>
        <source>Rows: %1. Valid: %2. With errors, not imported: %3.</source>
        <translation>行数: %1、有効: %2、エラーあり（インポート対象外）: %3。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Problems / result</source>
        <translation>問題 / 結果</translation>
    </message>
    <message>
        <source>Import valid rows (%1)</source>
        <translation>有効な行をインポート（%1）</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>インポート済み</translation>
    </message>
    <message>
        <source>Imported (entry %1)</source>
        <translation>インポート済み（エントリ %1）</translation>
    </message>
    <message>
        <source>Refused by the ACD: %1</source>
        <translation>ACD が拒否: %1</translation>
    </message>
    <message>
        <source>Imported: %1. Refused by the ACD: %2. Not imported because of errors in the file: %3.</source>
        <translation>インポート: %1 件、ACD が拒否: %2 件、ファイル内のエラーによりインポートしなかった行: %3 件。</translation>
    </message>
    <message>
        <source>The import stopped: %1 Rows without a result were not written; import the file again once the ACD answers (rows already written would then be added a second time, so remove them from the file first).</source>
        <translation>インポートが停止しました: %1結果のない行は書き込まれていません。ACD が応答するようになったら、ファイルをもう一度インポートしてください（書き込み済みの行は重複して追加されるため、先にファイルから削除してください）。</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>インポートのプレビュー</translation>
    </message>
</context>
<context>
    <name>syncdesk::CtiSettingsPage</name>
    <message>
        <source>No profile is open: the settings below are not saved. Choose or create a profile in the setup guide.</source>
        <translation>プロファイルが開かれていません。以下の設定は保存されません。セットアップガイドでプロファイルを選択するか、作成してください。</translation>
    </message>
    <message>
        <source>Zoom Contact Center in Salesforce (Open CTI): do the steps in Salesforce and the Zoom web portal, and generate the files they ask for. Everything here is saved in the profile.</source>
        <translation>Salesforce での Zoom Contact Center（Open CTI）: Salesforce と Zoom ウェブポータルで手順を実行し、手順で必要なファイルをここで生成します。ここでの設定はすべてプロファイルに保存されます。</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <source>Call-center definition</source>
        <translation>コールセンター定義</translation>
    </message>
    <message>
        <source>Import this file under Feature Settings &gt; Service &gt; Call Center. The defaults are the seed&apos;s values; the SSO variant uses your Zoom vanity host.</source>
        <translation>このファイルを [機能設定] &gt; [サービス] &gt; [コールセンター] でインポートします。既定値は Zoom の設定手順に記載されている値です。SSO 用では Zoom のバニティ URL のホストを使用します。</translation>
    </message>
    <message>
        <source>Standard (zoom.us)</source>
        <translation>標準（zoom.us）</translation>
    </message>
    <message>
        <source>SSO (vanity URL)</source>
        <translation>SSO（バニティ URL）</translation>
    </message>
    <message>
        <source>Variant:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Vanity host:</source>
        <translation>バニティ URL のホスト:</translation>
    </message>
    <message>
        <source>Internal name:</source>
        <translation>内部名:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>表示名:</translation>
    </message>
    <message>
        <source>CTI adapter URL:</source>
        <translation>CTI アダプター URL:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Softphone width:</source>
        <translation>ソフトフォンの幅:</translation>
    </message>
    <message>
        <source>Softphone height:</source>
        <translation>ソフトフォンの高さ:</translation>
    </message>
    <message>
        <source>Compatibility mode:</source>
        <translation>互換モード:</translation>
    </message>
    <message>
        <source>Outside prefix:</source>
        <translation>外線プレフィックス:</translation>
    </message>
    <message>
        <source>Long-distance prefix:</source>
        <translation>長距離プレフィックス:</translation>
    </message>
    <message>
        <source>International prefix:</source>
        <translation>国際プレフィックス:</translation>
    </message>
    <message>
        <source>Save XML…</source>
        <translation>XML を保存…</translation>
    </message>
    <message>
        <source>Validate an existing file…</source>
        <translation>既存のファイルを検証…</translation>
    </message>
    <message>
        <source>Save call-center definition</source>
        <translation>コールセンター定義を保存</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XML ファイル (*.xml)</translation>
    </message>
    <message>
        <source>Validate call-center definition</source>
        <translation>コールセンター定義を検証</translation>
    </message>
    <message>
        <source>Utility item (Open CTI Softphone)</source>
        <translation>ユーティリティ項目（CTI ソフトフォンを開く）</translation>
    </message>
    <message>
        <source>App Manager &gt; your Lightning app &gt; Utility Items (Desktop Only) &gt; Add Utility Item &gt; Open CTI Softphone, with these properties.</source>
        <translation>[アプリ マネージャー] &gt; 使用する Lightning アプリ &gt; [ユーティリティ項目(デスクトップのみ)] &gt; [ユーティリティ項目の追加] &gt; [CTI ソフトフォンを開く] で、次のプロパティを設定します。</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>ラベル:</translation>
    </message>
    <message>
        <source>Icon:</source>
        <translation>アイコン:</translation>
    </message>
    <message>
        <source>Panel width:</source>
        <translation>パネルの幅:</translation>
    </message>
    <message>
        <source>Panel height:</source>
        <translation>パネルの高さ:</translation>
    </message>
    <message>
        <source>Start automatically</source>
        <translation>自動的に開始</translation>
    </message>
    <message>
        <source>Permission sets</source>
        <translation>権限セット</translation>
    </message>
    <message>
        <source>Users &gt; Permission Sets: assign administrators to Zoom Contact Center Admin and agents to Zoom Contact Center Agent. They grant:</source>
        <translation>[ユーザー] &gt; [権限セット] で、管理者を [Zoom Contact Center 管理者] に、エージェントを [Zoom Contact Center エージェント] に割り当てます。付与されるアクセス:</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>エージェント</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Country codes</source>
        <translation>国コード</translation>
    </message>
    <message>
        <source>Zoom Settings &gt; Country Code Settings: the calling codes used to find related records by the caller&apos;s number. At most 20; separate them with spaces or commas.</source>
        <translation>[Zoom 設定] &gt; [国コード設定]: 着信時に発信者の番号から関連レコードを検索するための国コードです。最大 20 個まで指定できます。スペースまたはカンマで区切って入力してください。</translation>
    </message>
    <message>
        <source>Related objects and screen pop</source>
        <translation>関連オブジェクトと画面ポップ</translation>
    </message>
    <message>
        <source>Objects an agent may assign a call to:</source>
        <translation>エージェントが通話を割り当てることができるオブジェクト:</translation>
    </message>
    <message>
        <source>Feature Settings &gt; Call Center &gt; Softphone Layouts &gt; New: the default layout for inbound calls.</source>
        <translation>[機能設定] &gt; [コールセンター] &gt; [ソフトフォンのレイアウト] &gt; [新規]: 着信通話用のデフォルトのレイアウトです。</translation>
    </message>
    <message>
        <source>Layout name:</source>
        <translation>レイアウト名:</translation>
    </message>
    <message>
        <source>Existing browser window</source>
        <translation>既存のブラウザ ウィンドウ</translation>
    </message>
    <message>
        <source>New browser window or tab</source>
        <translation>新規ブラウザ ウィンドウまたはタブ</translation>
    </message>
    <message>
        <source>Open screen pops in:</source>
        <translation>次で画面ポップを開く:</translation>
    </message>
    <message>
        <source>Pop to new contact</source>
        <translation>新規連絡先にポップ</translation>
    </message>
    <message>
        <source>Pop to new account</source>
        <translation>新規取引先にポップ</translation>
    </message>
    <message>
        <source>Pop to new lead</source>
        <translation>新規リードにポップ</translation>
    </message>
    <message>
        <source>Don&apos;t pop any screen</source>
        <translation>画面をポップしない</translation>
    </message>
    <message>
        <source>No matching records:</source>
        <translation>一致レコード無し:</translation>
    </message>
    <message>
        <source>Pop detail page</source>
        <translation>詳細ページをポップ</translation>
    </message>
    <message>
        <source>Single-matching record:</source>
        <translation>単一一致レコード:</translation>
    </message>
    <message>
        <source>Pop to search page</source>
        <translation>検索ページにポップ</translation>
    </message>
    <message>
        <source>Multiple-matching records:</source>
        <translation>複数一致レコード:</translation>
    </message>
    <message>
        <source>Export softphone layout…</source>
        <translation>ソフトフォンのレイアウトをエクスポート…</translation>
    </message>
    <message>
        <source>Export softphone layout</source>
        <translation>ソフトフォンのレイアウトをエクスポート</translation>
    </message>
    <message>
        <source>The definition follows the Open CTI rules.</source>
        <translation>定義は Open CTI のルールに準拠しています。</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>問題: %1 件</translation>
    </message>
    <message>
        <source>Steps done: %1 of %2</source>
        <translation>完了した手順: %1/%2</translation>
    </message>
    <message>
        <source>Saved %1. Import it in Salesforce under Call Center.</source>
        <translation>%1 を保存しました。Salesforce の [コールセンター] でインポートしてください。</translation>
    </message>
    <message>
        <source>%1 follows the Open CTI rules.</source>
        <translation>%1 は Open CTI のルールに準拠しています。</translation>
    </message>
    <message>
        <source>CTI adapter XML preview</source>
        <translation>CTI アダプター XML のプレビュー</translation>
    </message>
    <message>
        <source>The adapter file that Save writes; read-only</source>
        <translation>保存時に書き込まれるアダプターファイルです（読み取り専用）。</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>ファイル内の問題</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>アクセス権限</translation>
    </message>
</context>
<context>
    <name>syncdesk::DiagnosticsBundle</name>
    <message>
        <source>Saving the diagnostics was cancelled.</source>
        <translation>診断情報の保存をキャンセルしました。</translation>
    </message>
    <message>
        <source>Checking %1 (%2 of %3)…</source>
        <translation>%1 を確認しています（%2/%3）…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 を書き込んでいます…</translation>
    </message>
</context>
<context>
    <name>syncdesk::DirectoryApply</name>
    <message>
        <source>The sync would remove %1 of the %2 entries in the address book (%3%), more than the allowed %4%. Nothing was written. Check the filters and the mapping; if the removals are intended, confirm them or raise the limit.</source>
        <translation>同期すると、アドレス帳の %2 件のエントリのうち %1 件（%3%）が削除され、許容される %4% を超えます。何も書き込まれていません。フィルターとマッピングを確認してください。意図した削除である場合は、削除を確認するか、上限を引き上げてください。</translation>
    </message>
    <message>
        <source>The apply was cancelled after %1 of %2 changes. Run it again to write the rest; entries already written are not duplicated.</source>
        <translation>%2 件中 %1 件の変更を書き込んだ時点で、適用がキャンセルされました。残りを書き込むには、もう一度実行してください。書き込み済みのエントリが重複することはありません。</translation>
    </message>
    <message>
        <source>The ACD did not report on this entry.</source>
        <translation>ACD からこのエントリの結果が報告されませんでした。</translation>
    </message>
</context>
<context>
    <name>syncdesk::DirectoryDryRun</name>
    <message>
        <source>The dry run was cancelled.</source>
        <translation>ドライランがキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>syncdesk::DirectoryPlanModel</name>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>ミドルネーム</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>携帯電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>書き込み済み</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Zoom user ID</source>
        <translation>Zoom ユーザー ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Changes or reason</source>
        <translation>変更内容または理由</translation>
    </message>
    <message>
        <source>Apply result</source>
        <translation>適用結果</translation>
    </message>
</context>
<context>
    <name>syncdesk::DirectoryRunPane</name>
    <message>
        <source>A dry run reads the Zoom users and the address book and shows what a sync would write, without writing anything. Apply writes exactly what the dry run shows.</source>
        <translation>ドライランでは、Zoom ユーザーとアドレス帳を読み込み、同期で書き込まれる内容を、実際には何も書き込まずに表示します。適用すると、ドライランで表示された内容がそのまま書き込まれます。</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>ドライラン</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>適用…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <source>Export JSON Lines…</source>
        <translation>JSON Lines をエクスポート…</translation>
    </message>
    <message>
        <source>Apply history…</source>
        <translation>適用履歴…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Failed when applied</source>
        <translation>適用時に失敗</translation>
    </message>
    <message>
        <source>Search ID, name, e-mail, changes</source>
        <translation>ID、名前、メール、変更内容を検索</translation>
    </message>
    <message>
        <source>Select a row to see the entry before and after.</source>
        <translation>行を選択すると、エントリの変更前と変更後が表示されます。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>In the book now</source>
        <translation>現在のアドレス帳</translation>
    </message>
    <message>
        <source>After the sync</source>
        <translation>同期後</translation>
    </message>
    <message>
        <source>So far: add %1, update %2, remove %3, skip %4</source>
        <translation>ここまでの集計: 追加 %1、更新 %2、削除 %3、スキップ %4</translation>
    </message>
    <message>
        <source>so far: add %1, update %2, remove %3, skip %4</source>
        <translation>ここまで: 追加 %1、更新 %2、削除 %3、スキップ %4</translation>
    </message>
    <message>
        <source>Dry run is unavailable until the configuration is fixed: %1</source>
        <translation>設定を修正するまでドライランは実行できません: %1</translation>
    </message>
    <message>
        <source>Choose the target address book above to run a dry run.</source>
        <translation>ドライランを実行するには、上で対象のアドレス帳を選択してください。</translation>
    </message>
    <message>
        <source>The configuration changed after this dry run. Run the dry run again before applying.</source>
        <translation>このドライランの後で設定が変更されました。適用する前に、もう一度ドライランを実行してください。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>Could not connect to Zoom: %1 Check the Zoom credentials in the Zoom area.</source>
        <translation>Zoom に接続できませんでした: %1「Zoom アプリ」画面で Zoom の認証情報を確認してください。</translation>
    </message>
    <message>
        <source>Could not connect to the ACD: %1 Check the ACD connection.</source>
        <translation>ACD に接続できませんでした: %1 ACD の接続を確認してください。</translation>
    </message>
    <message>
        <source>Reading the address book: %1 entries</source>
        <translation>アドレス帳を読み込んでいます: %1 件</translation>
    </message>
    <message>
        <source>Reading Zoom Phone users: %1 of %2</source>
        <translation>Zoom Phone ユーザーを読み込んでいます: %1/%2</translation>
    </message>
    <message>
        <source>Reading Zoom Phone users: %1</source>
        <translation>Zoom Phone ユーザーを読み込んでいます: %1 人</translation>
    </message>
    <message>
        <source>Reading Zoom users: %1 of %2</source>
        <translation>Zoom ユーザーを読み込んでいます: %1/%2</translation>
    </message>
    <message>
        <source>Reading Zoom users: %1</source>
        <translation>Zoom ユーザーを読み込んでいます: %1 人</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>比較しています…</translation>
    </message>
    <message>
        <source>Dry run finished.</source>
        <translation>ドライランが完了しました。</translation>
    </message>
    <message>
        <source>Dry run cancelled.</source>
        <translation>ドライランをキャンセルしました。</translation>
    </message>
    <message>
        <source>Dry run failed.</source>
        <translation>ドライランに失敗しました。</translation>
    </message>
    <message>
        <source>Dry run cancelled. The table shows what was read until then; nothing was written. Run it again to apply.</source>
        <translation>ドライランをキャンセルしました。表には、それまでに読み込んだ内容が表示されています。何も書き込まれていません。適用するには、もう一度実行してください。</translation>
    </message>
    <message>
        <source>The dry run failed: %1 Nothing was written; run it again when the problem is solved.</source>
        <translation>ドライランに失敗しました: %1何も書き込まれていません。問題を解決してから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>The address book “%1” is up to date: nothing would change.</source>
        <translation>アドレス帳「%1」は最新の状態です。変更はありません。</translation>
    </message>
    <message>
        <source>This plan removes %1 of the %2 entries in the book (%3 %), more than the %4 % you allow. Check the Remove rows before applying.</source>
        <translation>この内容では、アドレス帳の %2 件のエントリのうち %1 件（%3 %）が削除され、許容値の %4 % を超えます。適用する前に「削除」の行を確認してください。</translation>
    </message>
    <message>
        <source>Stopping after the batch being written…</source>
        <translation>書き込み中のバッチが完了した後で停止します…</translation>
    </message>
    <message>
        <source>Apply Directory Sync</source>
        <translation>Directory Sync の適用</translation>
    </message>
    <message>
        <source>Write these changes to the address book “%1”?</source>
        <translation>これらの変更をアドレス帳「%1」に書き込みますか？</translation>
    </message>
    <message>
        <source>Add: %1, update: %2, remove: %3. Skipped users (%4) and unchanged entries (%5) are not touched.</source>
        <translation>追加: %1、更新: %2、削除: %3。スキップしたユーザー（%4）と変更のないエントリ（%5）には触れません。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Remove many entries?</source>
        <translation>多数のエントリを削除しますか？</translation>
    </message>
    <message>
        <source>This apply removes %1 of the %2 entries in “%3” (%4 %), more than the %5 % this profile allows.</source>
        <translation>この適用では、「%3」の %2 件のエントリのうち %1 件（%4 %）が削除され、このプロファイルで許容されている %5 % を超えます。</translation>
    </message>
    <message>
        <source>Removing this many entries at once is unusual: it often means a filter, the mapping or the target book is wrong, and agents lose these contacts at once. Check the Remove rows first.</source>
        <translation>一度にこれほど多くのエントリを削除するのは通常ではありません。多くの場合、フィルター、マッピング、または対象のアドレス帳が間違っており、エージェントはこれらの連絡先を一度に失います。先に「削除」の行を確認してください。</translation>
    </message>
    <message>
        <source>Remove %1 entries</source>
        <translation>%1 件のエントリを削除</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Could not connect to the ACD: %1 Nothing was written.</source>
        <translation>ACD に接続できませんでした: %1何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Writing changes: %1 of %2</source>
        <translation>変更を書き込んでいます: %1/%2</translation>
    </message>
    <message>
        <source>Apply finished.</source>
        <translation>適用が完了しました。</translation>
    </message>
    <message>
        <source>Apply stopped.</source>
        <translation>適用が停止しました。</translation>
    </message>
    <message>
        <source>The apply log could not be written: %1</source>
        <translation>適用ログを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>Apply cancelled after %1 entries. Run the dry run again: applying once more continues safely, entries already written are not duplicated.</source>
        <translation>%1 件のエントリを書き込んだ時点で適用をキャンセルしました。もう一度ドライランを実行してください。再度適用すると安全に続行され、書き込み済みのエントリが重複することはありません。</translation>
    </message>
    <message>
        <source>The apply stopped: %1 Entries written: %2. Run the dry run again to see what is left.</source>
        <translation>適用が停止しました: %1書き込んだエントリ: %2 件。残りを確認するには、もう一度ドライランを実行してください。</translation>
    </message>
    <message>
        <source>Written: %1. Failed: %2. The ACD answered:</source>
        <translation>書き込み: %1 件、失敗: %2 件。ACD の応答:</translation>
    </message>
    <message>
        <source>The failed rows are listed below; fix the cause and run the dry run again.</source>
        <translation>失敗した行は下の一覧に表示されています。原因を解決してから、もう一度ドライランを実行してください。</translation>
    </message>
    <message>
        <source>Written: %1. The address book “%2” now matches the dry run.</source>
        <translation>書き込み: %1 件。アドレス帳「%2」はドライランの内容と一致しました。</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>書き込み済み</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>(not in the book)</source>
        <translation>（アドレス帳にありません）</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（削除）</translation>
    </message>
    <message>
        <source>Run a dry run first; there is nothing to export yet.</source>
        <translation>先にドライランを実行してください。エクスポートする内容がまだありません。</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>%1 に書き込めませんでした: %2。別のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check the free space and try again.</source>
        <translation>%1 に書き込めませんでした: %2。空き容量を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Export the dry run as CSV</source>
        <translation>ドライランを CSV でエクスポート</translation>
    </message>
    <message>
        <source>Export the dry run as JSON Lines</source>
        <translation>ドライランを JSON Lines でエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>JSON Lines ファイル (*.jsonl)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1 にエクスポートしました。</translation>
    </message>
    <message>
        <source>Apply history</source>
        <translation>適用履歴</translation>
    </message>
    <message>
        <source>Every apply of this profile, newest first, from the console and from syncdeskctl. Kept in %1.</source>
        <translation>このプロファイルで実行したすべての適用（コンソールおよび syncdeskctl から）を新しい順に表示します。保存先: %1。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>アドレス帳</translation>
    </message>
    <message>
        <source>From</source>
        <translation>実行元</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>コンソール</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No, interrupted</source>
        <translation>いいえ（中断）</translation>
    </message>
    <message>
        <source>No apply yet.</source>
        <translation>まだ適用していません。</translation>
    </message>
    <message>
        <source>Search the plan</source>
        <translation>計画を検索</translation>
    </message>
    <message>
        <source>Directory sync plan</source>
        <translation>Directory Sync の計画</translation>
    </message>
    <message>
        <source>What applying the plan would change, one row per entry</source>
        <translation>計画を適用した場合の変更内容です（1 行に 1 エントリ）。</translation>
    </message>
    <message>
        <source>Details of the selected change</source>
        <translation>選択した変更の詳細</translation>
    </message>
</context>
<context>
    <name>syncdesk::DirectorySyncEditor</name>
    <message>
        <source>Directory Sync fills a Dynamic address book of the ACD with the Zoom users, so agents find colleagues by name and call them. Configure it here, check the result with a dry run, then apply.</source>
        <translation>Directory Sync は、ACD の動的アドレス帳に Zoom ユーザーを登録し、エージェントが同僚を名前で検索して発信できるようにします。ここで設定し、ドライランで結果を確認してから適用してください。</translation>
    </message>
    <message>
        <source>Dry run and apply</source>
        <translation>ドライランと適用</translation>
    </message>
    <message>
        <source>Target address book</source>
        <translation>対象のアドレス帳</translation>
    </message>
    <message>
        <source>Directory Sync is on for this profile</source>
        <translation>このプロファイルで Directory Sync を有効にする</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>作成…</translation>
    </message>
    <message>
        <source>Dynamic address book:</source>
        <translation>動的アドレス帳:</translation>
    </message>
    <message>
        <source>Name of the new Dynamic address book</source>
        <translation>新しい動的アドレス帳の名前</translation>
    </message>
    <message>
        <source>Create Dynamic book</source>
        <translation>動的アドレス帳を作成</translation>
    </message>
    <message>
        <source>Ask again before removing more than:</source>
        <translation>次の割合を超える削除は再確認:</translation>
    </message>
    <message>
        <source>Share of the book&apos;s entries one apply may remove without a second, explicit confirmation.</source>
        <translation>アドレス帳のエントリのうち、1 回の適用で再確認なしに削除できる割合です。</translation>
    </message>
    <message>
        <source>Attribute mapping</source>
        <translation>属性マッピング</translation>
    </message>
    <message>
        <source>Which Zoom field fills each field of the address book. Choose one or type the name of any field of a Zoom user (as in /v2/users).</source>
        <translation>アドレス帳の各フィールドに設定する Zoom のフィールドです。一覧から選択するか、Zoom ユーザーの任意のフィールド名（/v2/users と同じ）を入力してください。</translation>
    </message>
    <message>
        <source>ACD field</source>
        <translation>ACD のフィールド</translation>
    </message>
    <message>
        <source>Zoom field</source>
        <translation>Zoom のフィールド</translation>
    </message>
    <message>
        <source>phone (first Zoom Phone number)</source>
        <translation>phone（最初の Zoom Phone 番号）</translation>
    </message>
    <message>
        <source>extension (Zoom Phone extension)</source>
        <translation>extension（Zoom Phone の内線番号）</translation>
    </message>
    <message>
        <source>not mapped</source>
        <translation>マッピングなし</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>既定値に戻す</translation>
    </message>
    <message>
        <source>Append the Zoom Phone extension to the last name</source>
        <translation>姓に Zoom Phone の内線番号を付加する</translation>
    </message>
    <message>
        <source>Number translation</source>
        <translation>番号変換</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Comma-separated lists, compared without case; an empty list is no condition. User types are Zoom&apos;s numbers (1 Basic, 2 Licensed); statuses are active, inactive or pending.</source>
        <translation>カンマ区切りのリストで指定します。大文字と小文字は区別されず、空のリストは条件なしとして扱われます。ユーザータイプは Zoom の番号（1 Basic、2 Licensed）、ステータスは active、inactive、pending のいずれかです。</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>E-mail domains</source>
        <translation>メールドメイン</translation>
    </message>
    <message>
        <source>User types</source>
        <translation>ユーザータイプ</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Only include:</source>
        <translation>次のみ含める:</translation>
    </message>
    <message>
        <source>Exclude:</source>
        <translation>除外:</translation>
    </message>
    <message>
        <source>e.g. Sales, Support</source>
        <translation>例: 営業, サポート</translation>
    </message>
    <message>
        <source>e.g. example.com</source>
        <translation>例: example.com</translation>
    </message>
    <message>
        <source>e.g. 2</source>
        <translation>例: 2</translation>
    </message>
    <message>
        <source>e.g. active</source>
        <translation>例: active</translation>
    </message>
    <message>
        <source>e.g. Contractors</source>
        <translation>例: 契約社員</translation>
    </message>
    <message>
        <source>e.g. partner.example</source>
        <translation>例: partner.example</translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation>例: 1</translation>
    </message>
    <message>
        <source>e.g. inactive</source>
        <translation>例: inactive</translation>
    </message>
    <message>
        <source>Import mapping…</source>
        <translation>マッピングをインポート…</translation>
    </message>
    <message>
        <source>Export mapping…</source>
        <translation>マッピングをエクスポート…</translation>
    </message>
    <message>
        <source>The same JSON file as syncdeskctl directory --mapping.</source>
        <translation>syncdeskctl directory --mapping と同じ JSON ファイルです。</translation>
    </message>
    <message>
        <source>(choose a Dynamic address book)</source>
        <translation>（動的アドレス帳を選択）</translation>
    </message>
    <message>
        <source>The Directory Sync mapping saved in this profile cannot be read: %1 The defaults are shown; the saved mapping is replaced only when you change something here.</source>
        <translation>このプロファイルに保存されている Directory Sync のマッピングを読み込めません: %1既定値を表示しています。保存されているマッピングは、ここで何かを変更したときにのみ置き換えられます。</translation>
    </message>
    <message>
        <source>Example: a user with the last name Müller and the extension 1001 is written as “%1”.</source>
        <translation>例: 姓が Müller、内線番号が 1001 のユーザーは「%1」として書き込まれます。</translation>
    </message>
    <message>
        <source>%1 Until this is fixed, the last valid mapping stays saved in the profile.</source>
        <translation>%1これが修正されるまで、最後の有効なマッピングがプロファイルに保存されたままになります。</translation>
    </message>
    <message>
        <source>Reading the address books from the ACD…</source>
        <translation>ACD からアドレス帳を読み込んでいます…</translation>
    </message>
    <message>
        <source>Could not connect to the ACD: %1 Check the ACD connection, then Refresh.</source>
        <translation>ACD に接続できませんでした: %1 ACD の接続を確認してから、[再読み込み] をクリックしてください。</translation>
    </message>
    <message>
        <source>Could not read the address books: %1</source>
        <translation>アドレス帳を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>%1 (not found in the ACD)</source>
        <translation>%1（ACD に見つかりません）</translation>
    </message>
    <message>
        <source>Dynamic address books: %1.</source>
        <translation>動的アドレス帳: %1 件。</translation>
    </message>
    <message>
        <source>Standard books (%1) are not listed: Directory Sync writes only Dynamic books.</source>
        <translation>標準アドレス帳（%1 件）は表示されません。Directory Sync が書き込むのは動的アドレス帳のみです。</translation>
    </message>
    <message>
        <source>The saved book no longer exists; choose another or create one.</source>
        <translation>保存されているアドレス帳は存在しません。別のアドレス帳を選択するか、作成してください。</translation>
    </message>
    <message>
        <source>Enter a name for the new address book.</source>
        <translation>新しいアドレス帳の名前を入力してください。</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>「%1」を作成しています…</translation>
    </message>
    <message>
        <source>Could not connect to the ACD: %1</source>
        <translation>ACD に接続できませんでした: %1</translation>
    </message>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation>「%1」を作成できませんでした: %2</translation>
    </message>
    <message>
        <source>Created the Dynamic address book “%1”.</source>
        <translation>動的アドレス帳「%1」を作成しました。</translation>
    </message>
    <message>
        <source>The mapping file was not imported: %1 The configuration shown is unchanged.</source>
        <translation>マッピングファイルはインポートされませんでした: %1表示中の設定は変更されていません。</translation>
    </message>
    <message>
        <source>Imported the mapping from %1.</source>
        <translation>%1 からマッピングをインポートしました。</translation>
    </message>
    <message>
        <source>Fix the configuration first: %1</source>
        <translation>先に設定を修正してください: %1</translation>
    </message>
    <message>
        <source>Import a Directory Sync mapping</source>
        <translation>Directory Sync のマッピングをインポート</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export the Directory Sync mapping</source>
        <translation>Directory Sync のマッピングをエクスポート</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Exported the mapping to %1.</source>
        <translation>%1 にマッピングをエクスポートしました。</translation>
    </message>
    <message>
        <source>Only active users</source>
        <translation>アクティブなユーザーのみ</translation>
    </message>
    <message>
        <source>Inactive users are skipped with a reason; pending users always are (they have no Zoom user ID yet).</source>
        <translation>非アクティブなユーザーは理由付きでスキップされます。保留中のユーザーは常にスキップされます（Zoom ユーザー ID がまだないため）。</translation>
    </message>
    <message>
        <source>Which ACD field each directory attribute is written to</source>
        <translation>各ディレクトリ属性を書き込む ACD のフィールドです。</translation>
    </message>
</context>
<context>
    <name>syncdesk::EngagementTimeline</name>
    <message>
        <source>(no engagement_id)</source>
        <translation>（engagement_id なし）</translation>
    </message>
</context>
<context>
    <name>syncdesk::EngagementTimelinePage</name>
    <message>
        <source>Contact Center engagement data as it arrives in the monitor: recordings, transcripts, notes, dispositions and voicemails, grouped per engagement. Double-click an event to see it in the monitor.</source>
        <translation>モニターに届いたコンタクトセンターのエンゲージメントデータ（録音、文字起こし、メモ、処理結果、ボイスメール）を、エンゲージメントごとにまとめて表示します。イベントをダブルクリックすると、モニターで表示されます。</translation>
    </message>
    <message>
        <source>Show in monitor</source>
        <translation>モニターで表示</translation>
    </message>
    <message>
        <source>Engagement / event</source>
        <translation>エンゲージメント / イベント</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Artefact</source>
        <translation>データ ID</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信日時</translation>
    </message>
    <message>
        <source>Artefact time</source>
        <translation>データの日時</translation>
    </message>
    <message>
        <source>URL, note or disposition</source>
        <translation>URL / メモ / 処理結果</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>イベント数: %1</translation>
    </message>
    <message>
        <source>No Contact Center events yet. Start webhooks or the WebSocket in the monitor (with the sandbox profile its simulated queue sends them).</source>
        <translation>コンタクトセンターのイベントはまだありません。モニターで Webhook または WebSocket を開始してください（サンドボックスのプロファイルでは、模擬キューがイベントを送信します）。</translation>
    </message>
    <message>
        <source>Engagements: %1 · Events: %2</source>
        <translation>エンゲージメント数: %1 · イベント数: %2</translation>
    </message>
    <message>
        <source>%1 — double-click to show this event in the monitor.</source>
        <translation>%1 — ダブルクリックするとモニターでこのイベントを表示します。</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>エンゲージメント</translation>
    </message>
    <message>
        <source>Each engagement with the events and artefacts that belong to it</source>
        <translation>各エンゲージメントと、それに属するイベントおよびデータです。</translation>
    </message>
</context>
<context>
    <name>syncdesk::EntryDialog</name>
    <message>
        <source>New entry</source>
        <translation>新しいエントリ</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>エントリの編集</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1（必須）:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>e.g. +49 30 1234567</source>
        <translation>例: +81 3 1234 5678</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>syncdesk::Error</name>
    <message>
        <source>the keychain</source>
        <translation>キーチェーン</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>the network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>the sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>the event monitor</source>
        <translation>イベントモニター</translation>
    </message>
</context>
<context>
    <name>syncdesk::EventDetailPane</name>
    <message>
        <source>Copy Body</source>
        <translation>本文をコピー</translation>
    </message>
    <message>
        <source>Copy the body as received to the clipboard</source>
        <translation>受信したままの本文をクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Select an event to see its body, headers and verification.</source>
        <translation>イベントを選択すると、本文、ヘッダー、検証結果が表示されます。</translation>
    </message>
    <message>
        <source>This event is no longer held (the oldest events make room for new ones).</source>
        <translation>このイベントは既に保持されていません（新しいイベントのために古いイベントから破棄されます）。</translation>
    </message>
    <message>
        <source>Possible gap, noticed at %1</source>
        <translation>欠落の可能性（%1 に検出）</translation>
    </message>
    <message>
        <source>%1 (%2), received %3 by %4</source>
        <translation>%1 (%2)、受信: %3（%4）</translation>
    </message>
    <message>
        <source>no event name</source>
        <translation>イベント名なし</translation>
    </message>
    <message>
        <source>Latency: %1 ms from event_ts to receipt</source>
        <translation>遅延: %1 ms（event_ts から受信まで）</translation>
    </message>
    <message>
        <source>Latency: unknown (the event carries no event_ts)</source>
        <translation>遅延: 不明（イベントに event_ts がありません）</translation>
    </message>
    <message>
        <source>(WebSocket events have no headers)</source>
        <translation>（WebSocket のイベントにはヘッダーがありません）</translation>
    </message>
    <message>
        <source>(no headers)</source>
        <translation>（ヘッダーなし）</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; predicts: ACD %2, Salesforce %3</source>
        <extracomment>Event details: what the active presence rule predicts after the event</extracomment>
        <translation>ルール &quot;%1&quot; の予測: ACD %2、Salesforce %3</translation>
    </message>
    <message>
        <source>unchanged (no publisher row)</source>
        <translation>変更なし（パブリッシャーの行なし）</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; does not cover this user.</source>
        <translation>ルール &quot;%1&quot; はこのユーザーを対象としていません。</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; is being applied to the held events.</source>
        <translation>ルール &quot;%1&quot; を保持中のイベントに適用しています。</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>イベントの詳細</translation>
    </message>
    <message>
        <source>Event body</source>
        <translation>イベントの本文</translation>
    </message>
    <message>
        <source>The selected event&apos;s JSON body as a tree</source>
        <translation>選択したイベントの JSON 本文をツリー形式で表示します。</translation>
    </message>
    <message>
        <source>Event headers</source>
        <translation>イベントのヘッダー</translation>
    </message>
</context>
<context>
    <name>syncdesk::EventStore</name>
    <message>
        <source>Events between %1 and %2 may be missing (%3).</source>
        <translation>%1 から %2 までのイベントが欠落している可能性があります（%3）。</translation>
    </message>
</context>
<context>
    <name>syncdesk::EventTableModel</name>
    <message>
        <source>Possible gap</source>
        <translation>欠落の可能性</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Presence / call</source>
        <translation>プレゼンス / 通話</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Predicted column: &quot;&lt;ACD state&gt; / &lt;Salesforce status&gt;&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Predicted column: the prediction followed by its note, e.g. &quot;Away / Away_SF · Unmapped&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; is being applied to the held events.</source>
        <translation>ルール &quot;%1&quot; を保持中のイベントに適用しています。</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; does not cover this user (or the call names a user not seen yet).</source>
        <translation>ルール &quot;%1&quot; はこのユーザーを対象としていません（または、通話で示されたユーザーをまだ確認していません）。</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>ルール: %1</translation>
    </message>
    <message>
        <source>ACD state after the event: %1</source>
        <translation>イベント後の ACD の状態: %1</translation>
    </message>
    <message>
        <source>Salesforce status after the event: %1</source>
        <translation>イベント後の Salesforce のプレゼンス状況: %1</translation>
    </message>
    <message>
        <source>(none: no publisher row)</source>
        <translation>（なし: パブリッシャーの行なし）</translation>
    </message>
    <message>
        <source>The ACD state did not change.</source>
        <translation>ACD の状態は変わりませんでした。</translation>
    </message>
    <message>
        <source>Unmapped: the value has no row in its table, or the new ACD state has no publisher row; the state it has no row for is left as it was.</source>
        <translation>対応付けなし: 値に対応する行がテーブルにないか、新しい ACD の状態にパブリッシャーの行がありません。行がない側の状態は変更されません。</translation>
    </message>
    <message>
        <source>Previous state restored: the rule maps this event to &quot;previous&quot;.</source>
        <translation>前の状態に復元: ルールでこのイベントが &quot;previous&quot; に対応付けられています。</translation>
    </message>
    <message>
        <source>No presence rule is active. Choose the active rule under Salesforce › Presence rules to see, for each presence and phone event, the ACD state and Salesforce status it predicts.</source>
        <translation>有効なプレゼンスルールがありません。[Salesforce] › [プレゼンスルール] で有効なルールを選択すると、プレゼンスと電話の各イベントについて、予測される ACD の状態と Salesforce のプレゼンス状況が表示されます。</translation>
    </message>
    <message>
        <source>The ACD state and Salesforce status rule &quot;%1&quot; predicts after each presence and phone event.</source>
        <translation>ルール &quot;%1&quot; が予測する、プレゼンスと電話の各イベント後の ACD の状態と Salesforce のプレゼンス状況です。</translation>
    </message>
    <message>
        <source>Predicted (ACD / Salesforce)</source>
        <translation>予測（ACD / Salesforce）</translation>
    </message>
</context>
<context>
    <name>syncdesk::FlowEventScriptPage</name>
    <message>
        <source>A ZCC flow can post the disposition (every inbound channel) and the transcript (inbound messaging only) to your system itself. In the flow editor click the Start widget, add an event script under Event Scripts for the triggers below and paste this script.</source>
        <translation>ZCC のフローから、処理結果（すべての受信チャネル）と文字起こし（受信メッセージのみ）をお使いのシステムに直接送信できます。フローエディターで開始ウィジェットをクリックし、[イベントスクリプト] で下のトリガーのイベントスクリプトを追加して、このスクリプトを貼り付けてください。</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>スクリプト</translation>
    </message>
    <message>
        <source>Post to (HTTPS):</source>
        <translation>送信先 (HTTPS):</translation>
    </message>
    <message>
        <source>Engagement Closed</source>
        <translation>エンゲージメントをクローズ済み</translation>
    </message>
    <message>
        <source>Disposition Saved</source>
        <translation>処理結果を保存済み</translation>
    </message>
    <message>
        <source>Triggers:</source>
        <translation>トリガー:</translation>
    </message>
    <message>
        <source>Include the transcript (messaging flows)</source>
        <translation>文字起こしを含める（メッセージのフロー）</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <source>With several flows, for example a flow that uses the RouteTo widget to reach another flow, every flow that can handle the engagement needs this identical script with the same triggers.</source>
        <translation>複数のフローを使用する場合（RouteTo ウィジェットで別のフローにつなぐフローなど）は、エンゲージメントを処理する可能性があるすべてのフローで、このスクリプトを同じトリガーでそのまま設定する必要があります。</translation>
    </message>
    <message>
        <source>The script and triggers are identical in every flow</source>
        <translation>すべてのフローでスクリプトとトリガーが同一</translation>
    </message>
    <message>
        <source>Copy script</source>
        <translation>スクリプトをコピー</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Save flow event script</source>
        <translation>フローのイベントスクリプトを保存</translation>
    </message>
    <message>
        <source>JavaScript files (*.js)</source>
        <translation>JavaScript ファイル (*.js)</translation>
    </message>
    <message>
        <source>Fix the problems shown above before saving the script.</source>
        <translation>スクリプトを保存する前に、上に表示されている問題を修正してください。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>Flow script</source>
        <translation>フローのスクリプト</translation>
    </message>
    <message>
        <source>The script to paste into every flow that handles the engagement; read-only</source>
        <translation>エンゲージメントを処理するすべてのフローに貼り付けるスクリプトです（読み取り専用）。</translation>
    </message>
</context>
<context>
    <name>syncdesk::IntegrationAdvisorPage</name>
    <message>
        <source>How recordings, transcripts, notes and dispositions reach your CRM depends first on the application your agents handle interactions in. Answer the questions for a recommendation; answers and result are saved in the profile.</source>
        <translation>録音、文字起こし、メモ、処理結果を CRM に届ける方法は、主にエージェントが対応に使用しているアプリケーションによって決まります。質問に答えると、推奨される方法が表示されます。回答と結果はプロファイルに保存されます。</translation>
    </message>
    <message>
        <source>Where do your agents handle interactions?</source>
        <translation>エージェントはどこで対応していますか？</translation>
    </message>
    <message>
        <source>In a CRM, with the ZCC CRM CTI connector</source>
        <translation>CRM 内（ZCC CRM CTI コネクタを使用）</translation>
    </message>
    <message>
        <source>In the Zoom Workplace app</source>
        <translation>Zoom Workplace アプリ</translation>
    </message>
    <message>
        <source>In ZCC Smart Embed</source>
        <translation>ZCC Smart Embed</translation>
    </message>
    <message>
        <source>Another CRM</source>
        <translation>その他の CRM</translation>
    </message>
    <message>
        <source>CRM:</source>
        <translation>CRM:</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>An inbound messaging flow (for example web chat) must send its data to another system</source>
        <translation>受信メッセージのフロー（ウェブチャットなど）のデータを別のシステムに送信する必要がある</translation>
    </message>
    <message>
        <source>Which data must reach the other system? (none ticked: all)</source>
        <translation>別のシステムに送る必要があるデータはどれですか？（未選択の場合はすべて）</translation>
    </message>
    <message>
        <source>Recommended method</source>
        <translation>推奨される方法</translation>
    </message>
    <message>
        <source>Also worth considering: %1</source>
        <translation>次の方法も検討できます: %1</translation>
    </message>
</context>
<context>
    <name>syncdesk::IntegrationHealth</name>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題あり</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Zoom account</source>
        <translation>Zoom アカウント</translation>
    </message>
    <message>
        <source>Open Setup Guide</source>
        <translation>セットアップガイドを開く</translation>
    </message>
    <message>
        <source>No profile is open. Choose the sandbox or a profile in the setup guide.</source>
        <translation>プロファイルが開かれていません。セットアップガイドでサンドボックスまたはプロファイルを選択してください。</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>Profile “%1” uses the sandbox, a simulated Zoom account inside Syncdesk. Nothing reaches a real Zoom account.</source>
        <translation>プロファイル「%1」は、Syncdesk 内の模擬 Zoom アカウントであるサンドボックスを使用しています。実際の Zoom アカウントには何も送信されません。</translation>
    </message>
    <message>
        <source>Profile “%1” has no Zoom account ID yet.</source>
        <translation>プロファイル「%1」にはまだ Zoom アカウント ID がありません。</translation>
    </message>
    <message>
        <source>Enter Credentials</source>
        <translation>認証情報を入力</translation>
    </message>
    <message>
        <source>Real account</source>
        <translation>実アカウント</translation>
    </message>
    <message>
        <source>Profile “%1” talks to the real Zoom account %2.</source>
        <translation>プロファイル「%1」は実際の Zoom アカウント %2 と通信します。</translation>
    </message>
    <message>
        <source>Zoom token and scopes</source>
        <translation>Zoom のトークンとスコープ</translation>
    </message>
    <message>
        <source>Check Now</source>
        <translation>今すぐ確認</translation>
    </message>
    <message>
        <source>The account ID and client ID of the Zoom app are needed first.</source>
        <translation>先に Zoom アプリのアカウント ID とクライアント ID が必要です。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Requesting a token and comparing the granted scopes with the required ones.</source>
        <translation>トークンを要求し、付与済みのスコープを必要なスコープと比較しています。</translation>
    </message>
    <message>
        <source>Show Progress</source>
        <translation>進行状況を表示</translation>
    </message>
    <message>
        <source>Not tested since the profile was opened. Check now to request a token and compare the granted scopes with the required ones.</source>
        <translation>プロファイルを開いてからまだテストしていません。今すぐ確認すると、トークンを要求し、付与済みのスコープを必要なスコープと比較します。</translation>
    </message>
    <message>
        <source>Test connection failed: %1</source>
        <translation>接続テストに失敗しました: %1</translation>
    </message>
    <message>
        <source>Open Credentials</source>
        <translation>認証情報を開く</translation>
    </message>
    <message>
        <source>Zoom issued a token and granted all %1 required scopes.</source>
        <translation>Zoom がトークンを発行し、必要な %1 個のスコープをすべて付与しました。</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>再確認</translation>
    </message>
    <message>
        <source>Zoom issued a token, but these required scopes are missing: %1</source>
        <translation>Zoom はトークンを発行しましたが、次の必要なスコープが不足しています: %1</translation>
    </message>
    <message>
        <source>Show Scopes</source>
        <translation>スコープを表示</translation>
    </message>
    <message>
        <source>Secret token stored</source>
        <translation>シークレットトークンの保存</translation>
    </message>
    <message>
        <source>Enter Secret Token</source>
        <translation>シークレットトークンを入力</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>プロファイルが開かれていません。</translation>
    </message>
    <message>
        <source>Stored in %1. Webhooks from Zoom are verified with it.</source>
        <translation>%1 に保存されています。Zoom からの Webhook はこのトークンで検証されます。</translation>
    </message>
    <message>
        <source>Kept for this session only, because the keychain is unavailable.</source>
        <translation>キーチェーンを利用できないため、このセッションでのみ保持されます。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換え</translation>
    </message>
    <message>
        <source>Not stored. Zoom signs every webhook with it; without it no event can be verified.</source>
        <translation>保存されていません。Zoom はすべての Webhook にこのトークンで署名します。トークンがないと、イベントを検証できません。</translation>
    </message>
    <message>
        <source>Events received</source>
        <translation>イベントの受信</translation>
    </message>
    <message>
        <source>Open Event Monitor</source>
        <translation>イベントモニターを開く</translation>
    </message>
    <message>
        <source>sandbox webhooks</source>
        <translation>サンドボックスの Webhook</translation>
    </message>
    <message>
        <source>webhooks</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>Last event at %1; events in the last minute: %2.</source>
        <translation>最後のイベント: %1、直近 1 分間のイベント数: %2。</translation>
    </message>
    <message>
        <source>No event has arrived yet.</source>
        <translation>まだイベントを受信していません。</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Receiving from %1. %2</source>
        <translation>%1 から受信しています。%2</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>開始中</translation>
    </message>
    <message>
        <source>The event source is starting.</source>
        <translation>イベントソースを開始しています。</translation>
    </message>
    <message>
        <source>No event source is running. Start webhooks or the WebSocket in the event monitor.</source>
        <translation>実行中のイベントソースがありません。イベントモニターで Webhook または WebSocket を開始してください。</translation>
    </message>
    <message>
        <source>CXone ACD connection</source>
        <translation>CXone ACD への接続</translation>
    </message>
    <message>
        <source>Signing in to the ACD and counting its agents, teams and unavailable codes.</source>
        <translation>ACD にサインインし、エージェント、チーム、不在コードの数を集計しています。</translation>
    </message>
    <message>
        <source>Not configured. Enter the registered app&apos;s client ID and secret and the access key in the ACD area.</source>
        <translation>未設定です。ACD 画面で、登録済みアプリのクライアント ID とシークレット、およびアクセスキーを入力してください。</translation>
    </message>
    <message>
        <source>Not tested since the profile was opened. Check now to sign in to the ACD.</source>
        <translation>プロファイルを開いてからまだテストしていません。今すぐ確認すると、ACD にサインインします。</translation>
    </message>
    <message>
        <source>Open Connection</source>
        <translation>接続を開く</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Signed in to tenant %1 as %2. Agents: %3, teams: %4, unavailable codes: %5.</source>
        <translation>%2 としてテナント %1 にサインインしました。エージェント数: %3、チーム数: %4、不在コード数: %5。</translation>
    </message>
    <message>
        <source>an unnamed user</source>
        <translation>名前のないユーザー</translation>
    </message>
    <message>
        <source>The Zoom account mapping is not complete yet.</source>
        <translation>Zoom アカウントの対応付けはまだ完了していません。</translation>
    </message>
    <message>
        <source>Open Account Mapping</source>
        <translation>アカウントの対応付けを開く</translation>
    </message>
    <message>
        <source>Salesforce connection</source>
        <translation>Salesforce 接続</translation>
    </message>
    <message>
        <source>Signing in to Salesforce and reading the org ID, the user and the API usage.</source>
        <translation>Salesforce にサインインし、組織 ID、ユーザー、API 使用量を読み取っています。</translation>
    </message>
    <message>
        <source>Not verified since the profile was opened. Check now to sign in to Salesforce.</source>
        <translation>プロファイルを開いてから確認されていません。今すぐ確認して Salesforce にサインインしてください。</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>サインインに失敗しました: %1</translation>
    </message>
    <message>
        <source>Signed in to org %1 as %2. API requests used in the last 24 hours: %3 of %4.</source>
        <translation>組織 %1 に %2 としてサインインしました。過去 24 時間の API リクエスト: %4 件中 %3 件。</translation>
    </message>
    <message>
        <source>Signed in to org %1 as %2.</source>
        <translation>組織 %1 に %2 としてサインインしました。</translation>
    </message>
    <message>
        <source>Not configured. Enter the connected app&apos;s client ID and secret, the user name and the password with the security token on the Salesforce area&apos;s Account mapping tab.</source>
        <translation>未設定です。Salesforce 画面の [アカウントの対応付け] タブで、接続アプリケーションのクライアント ID とシークレット、ユーザー名、セキュリティトークン付きのパスワードを入力してください。</translation>
    </message>
</context>
<context>
    <name>syncdesk::JsonTreeModel</name>
    <message>
        <source>(value)</source>
        <translation>(値)</translation>
    </message>
    <message>
        <source>(not JSON)</source>
        <translation>(JSON ではありません)</translation>
    </message>
    <message numerus="yes">
        <source>{ keys: %n }</source>
        <translation>
            <numerusform>{ キー: %n }</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[ items: %n ]</source>
        <translation>
            <numerusform>[ 項目: %n ]</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>syncdesk::KeychainSecretStore</name>
    <message>
        <source>the macOS Keychain</source>
        <translation>macOS キーチェーン</translation>
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <translation>Windows 資格情報マネージャー</translation>
    </message>
    <message>
        <source>the Secret Service keyring</source>
        <translation>Secret Service キーリング</translation>
    </message>
    <message>
        <source>No secret is stored for this profile yet. Enter it again and save.</source>
        <translation>このプロファイルにはまだシークレットが保存されていません。もう一度入力して保存してください。</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Unlock your keyring (or allow Syncdesk access when asked) and try again.</source>
        <translation>キーチェーンへのアクセスが拒否されました。キーリングのロックを解除して（確認を求められた場合は Syncdesk のアクセスを許可して）、もう一度お試しください。</translation>
    </message>
    <message>
        <source>No keychain is available, so secrets cannot be stored safely. On Linux, install and start a Secret Service (for example gnome-keyring with libsecret-1-0) and unlock it. Syncdesk never stores secrets in plain text.</source>
        <translation>利用できるキーチェーンがないため、シークレットを安全に保存できません。Linux では Secret Service（例: gnome-keyring と libsecret-1-0）をインストールして起動し、ロックを解除してください。Syncdesk がシークレットを平文で保存することはありません。</translation>
    </message>
    <message>
        <source>The keyring is locked or has no default collection. Unlock it (for example by logging in to your desktop session) and try again.</source>
        <translation>キーリングがロックされているか、既定のコレクションがありません。ロックを解除して（デスクトップセッションにログインするなど）、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The keychain reported an error. Try again; if it persists, restart your keyring service.</source>
        <translation>キーチェーンでエラーが発生しました。もう一度お試しください。解決しない場合は、キーリングサービスを再起動してください。</translation>
    </message>
</context>
<context>
    <name>syncdesk::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>新規プロファイル(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Profile…</source>
        <translation>プロファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation>ステータスバー(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Syncdesk</source>
        <translation>Syncdesk について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Could not save the profile</source>
        <translation>プロファイルを保存できませんでした</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <source>%1[*] — Syncdesk</source>
        <translation>%1[*] — Syncdesk</translation>
    </message>
    <message>
        <source>Syncdesk[*]</source>
        <translation>Syncdesk[*]</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>プロファイル: %1</translation>
    </message>
    <message>
        <source>No profile open</source>
        <translation>プロファイルが開かれていません</translation>
    </message>
    <message>
        <source>Unsaved changes — kept as a draft</source>
        <translation>未保存の変更あり — 下書きとして保持中</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <source>Keychain unavailable: secrets are kept for this session only</source>
        <translation>キーチェーンを利用できません: シークレットはこのセッションでのみ保持されます</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>変更を保存しますか？</translation>
    </message>
    <message>
        <source>Do you want to save the changes to “%1”?</source>
        <translation>「%1」への変更を保存しますか？</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes are kept as a draft and restored the next time you open this profile.</source>
        <translation>保存しない場合、変更は下書きとして保持され、次回このプロファイルを開いたときに復元されます。</translation>
    </message>
    <message>
        <source>Close Without Saving</source>
        <translation>保存せずに閉じる</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>画面</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Event Monitor in Own &amp;Window</source>
        <translation>イベントモニターを別ウィンドウで表示(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Setup Guide</source>
        <translation>セットアップガイド(&amp;S)</translation>
    </message>
    <message>
        <source>Presence rules</source>
        <translation>プレゼンスルール</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>シミュレーター</translation>
    </message>
    <message>
        <source>Presence statuses</source>
        <translation>プレゼンス状況</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>エンゲージメント</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>照合</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>ようこそ(&amp;W)…</translation>
    </message>
    <message>
        <source>Save &amp;Diagnostics…</source>
        <translation>診断情報を保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>ログフォルダーを開く(&amp;L)</translation>
    </message>
</context>
<context>
    <name>syncdesk::MemorySecretStore</name>
    <message>
        <source>memory (not persisted)</source>
        <translation>メモリ（永続化されません）</translation>
    </message>
</context>
<context>
    <name>syncdesk::MonitorActionBar</name>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Freeze the list to read it; events are still received and counted</source>
        <translation>一覧を固定して読みやすくします。イベントの受信とカウントは続行されます</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Forget every event held so far and reset the counters</source>
        <translation>これまでに保持したすべてのイベントを破棄し、カウンターをリセットします</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>キャプチャ</translation>
    </message>
    <message>
        <source>Save the events exactly as received, or play a saved capture back</source>
        <translation>イベントを受信したとおりに保存するか、保存したキャプチャを再生します</translation>
    </message>
    <message>
        <source>Save Capture…</source>
        <translation>キャプチャを保存…</translation>
    </message>
    <message>
        <source>Save the events held now, exactly as received, to replay them later</source>
        <translation>現在保持しているイベントを受信したとおりに保存し、後で再生できるようにします</translation>
    </message>
    <message>
        <source>Open and Replay at Original Pace…</source>
        <translation>開いて元の速度で再生…</translation>
    </message>
    <message>
        <source>Open and Load All at Once…</source>
        <translation>開いて一括読み込み…</translation>
    </message>
    <message>
        <source>Stop Replay</source>
        <translation>再生を停止</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>All Events as JSON Lines…</source>
        <translation>すべてのイベント (JSON Lines)…</translation>
    </message>
    <message>
        <source>All Events as CSV…</source>
        <translation>すべてのイベント (CSV)…</translation>
    </message>
    <message>
        <source>Filtered Events as JSON Lines…</source>
        <translation>フィルター後のイベント (JSON Lines)…</translation>
    </message>
    <message>
        <source>Filtered Events as CSV…</source>
        <translation>フィルター後のイベント (CSV)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>%1 events/s</source>
        <translation>%1 件/秒</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>受理: %1</translation>
    </message>
    <message>
        <source>Events received and verified. URL validation requests answered: %1</source>
        <translation>受信して検証済みのイベント。応答した URL 検証リクエスト: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>拒否: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No request was rejected.</source>
        <translation>拒否されたリクエストはありません。</translation>
    </message>
    <message>
        <source>Rejected requests by reason:</source>
        <translation>拒否されたリクエスト（理由別）:</translation>
    </message>
    <message>
        <source>Gaps: %1</source>
        <translation>欠落: %1</translation>
    </message>
    <message>
        <source>Times the WebSocket was down; events in between may be missing</source>
        <translation>WebSocket が切断された回数。その間のイベントが欠落している可能性があります</translation>
    </message>
    <message>
        <source>In memory: %1</source>
        <translation>メモリ内: %1</translation>
    </message>
    <message>
        <source>Events kept in memory; above %1 the oldest make room for new ones</source>
        <translation>メモリに保持しているイベント数。%1 件を超えると、古いものから破棄されます</translation>
    </message>
</context>
<context>
    <name>syncdesk::MonitorArea</name>
    <message>
        <source>Event monitor</source>
        <translation>イベントモニター</translation>
    </message>
    <message>
        <source>Open in Own Window</source>
        <translation>別ウィンドウで開く</translation>
    </message>
    <message>
        <source>Show the monitor in a separate window, for example on a second screen</source>
        <translation>モニターを別ウィンドウに表示します（2 台目の画面で表示する場合など）</translation>
    </message>
    <message>
        <source>The event monitor is open in its own window. Closing that window brings it back here.</source>
        <translation>イベントモニターは別ウィンドウで開いています。そのウィンドウを閉じると、ここに戻ります。</translation>
    </message>
    <message>
        <source>Bring Back Here</source>
        <translation>ここに戻す</translation>
    </message>
    <message>
        <source>Live Zoom events, presence and phone states of the people in them</source>
        <translation>Zoom のライブイベントと、関係するユーザーのプレゼンスおよび電話の状態</translation>
    </message>
    <message>
        <source>Event monitor — Syncdesk</source>
        <translation>イベントモニター — Syncdesk</translation>
    </message>
</context>
<context>
    <name>syncdesk::MonitorController</name>
    <message>
        <source>The webhook receiver stopped.</source>
        <translation>Webhook の受信が停止しました。</translation>
    </message>
    <message numerus="yes">
        <source>Replay finished. Events replayed: %n.</source>
        <translation>
            <numerusform>再生が終了しました。再生したイベント: %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Malformed lines skipped: %n.</source>
        <translation>
            <numerusform>スキップした不正な行: %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a profile first: the monitor uses its settings and its secret token.</source>
        <translation>先にプロファイルを開いてください。モニターはプロファイルの設定とシークレットトークンを使用します。</translation>
    </message>
    <message>
        <source>The webhook path must start with &quot;/&quot;, for example /webhook.</source>
        <translation>Webhook のパスは &quot;/&quot; で始まる必要があります（例: /webhook）。</translation>
    </message>
    <message>
        <source>“%1” is not an IP address. Use 127.0.0.1 to receive on this computer only, or 0.0.0.0 to receive on every network.</source>
        <translation>「%1」は IP アドレスではありません。このコンピューターでのみ受信する場合は 127.0.0.1 を、すべてのネットワークで受信する場合は 0.0.0.0 を使用してください。</translation>
    </message>
    <message>
        <source>Choose a port between 1 and 65535.</source>
        <translation>1～65535 のポートを選択してください。</translation>
    </message>
    <message>
        <source>Reading the secret token from %1…</source>
        <translation>%1 からシークレットトークンを読み込んでいます…</translation>
    </message>
    <message>
        <source>The secret token could not be read: %1</source>
        <translation>シークレットトークンを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>No client secret is stored for this profile. The WebSocket needs an access token from your Server-to-Server OAuth app: enter the client secret in the setup wizard, then connect again.</source>
        <translation>このプロファイルにはクライアントシークレットが保存されていません。WebSocket には Server-to-Server OAuth アプリのアクセストークンが必要です。セットアップガイドでクライアントシークレットを入力してから、もう一度接続してください。</translation>
    </message>
    <message>
        <source>The client secret could not be read: %1</source>
        <translation>クライアントシークレットを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Sandbox: the simulated team sends signed webhooks to %1</source>
        <translation>サンドボックス: 模擬チームが署名付きの Webhook を %1 に送信しています</translation>
    </message>
    <message>
        <source>Receiving webhooks at %1</source>
        <translation>%1 で Webhook を受信しています</translation>
    </message>
    <message>
        <source>Open a profile first: the WebSocket uses its Server-to-Server OAuth app.</source>
        <translation>先にプロファイルを開いてください。WebSocket はプロファイルの Server-to-Server OAuth アプリを使用します。</translation>
    </message>
    <message>
        <source>Enter the subscription ID first. Zoom shows it in your app&apos;s event subscription after you choose the WebSocket method.</source>
        <translation>先にサブスクリプション ID を入力してください。WebSocket 方式を選択すると、Zoom のアプリのイベントサブスクリプションに表示されます。</translation>
    </message>
    <message>
        <source>The WebSocket address must start with wss://, for example wss://ws.zoom.us/ws.</source>
        <translation>WebSocket のアドレスは wss:// で始まる必要があります（例: wss://ws.zoom.us/ws）。</translation>
    </message>
    <message>
        <source>Reading the client secret from %1…</source>
        <translation>%1 からクライアントシークレットを読み込んでいます…</translation>
    </message>
    <message>
        <source>Replaying %1…</source>
        <translation>%1 を再生しています…</translation>
    </message>
    <message>
        <source>No secret token is stored for this profile. Enter it under Zoom app → Credentials and connection (Zoom shows it on your app&apos;s Feature page), then start the receiver again.</source>
        <translation>このプロファイルにはシークレットトークンが保存されていません。「Zoom アプリ」→「認証情報と接続」で入力してから（Zoom ではアプリの「機能」ページに表示されます）、受信を再度開始してください。</translation>
    </message>
    <message>
        <source>The WebSocket needs the account ID and client ID of your Server-to-Server OAuth app. Enter them under Zoom app → Credentials and connection first.</source>
        <translation>WebSocket には Server-to-Server OAuth アプリのアカウント ID とクライアント ID が必要です。先に「Zoom アプリ」→「認証情報と接続」で入力してください。</translation>
    </message>
</context>
<context>
    <name>syncdesk::MonitorFileJobs</name>
    <message>
        <source>Another file is still being written. Wait until it is done or cancel it.</source>
        <translation>別のファイルを書き込み中です。完了するまで待つか、キャンセルしてください。</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>%1 を作成できませんでした: %2</translation>
    </message>
    <message>
        <source>There are no events to save.</source>
        <translation>保存するイベントがありません。</translation>
    </message>
    <message>
        <source>There are no events to export.</source>
        <translation>エクスポートするイベントがありません。</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>キャンセルしました。ファイルは書き込まれていません。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>Capture file %1 saved (events: %n).</source>
        <translation>
            <numerusform>キャプチャファイル %1 を保存しました（イベント: %n 件）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1 (events: %n).</source>
        <translation>
            <numerusform>%1 にエクスポートしました（イベント: %n 件）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncdesk::MonitorFilterBar</name>
    <message>
        <source>Search events</source>
        <translation>イベントを検索</translation>
    </message>
    <message>
        <source>Finds text in the event name, user, e-mail, status and details</source>
        <translation>イベント名、ユーザー、メールアドレス、ステータス、詳細からテキストを検索します</translation>
    </message>
    <message>
        <source>All event types</source>
        <translation>すべてのイベントタイプ</translation>
    </message>
    <message>
        <source>Possible gap</source>
        <translation>欠落の可能性</translation>
    </message>
    <message>
        <source>User ID or e-mail</source>
        <translation>ユーザー ID またはメールアドレス</translation>
    </message>
    <message>
        <source>A time today such as 10:02 or 10:02:30, or a date and time such as 2024-05-01 10:02:30</source>
        <translation>今日の時刻（例: 10:02、10:02:30）、または日付と時刻（例: 2024-05-01 10:02:30）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了日時</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>すべてのフィルターを解除します</translation>
    </message>
    <message>
        <source>From time</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>To time</source>
        <translation>終了日時</translation>
    </message>
</context>
<context>
    <name>syncdesk::MonitorPane</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>People</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Everyone seen in the events, with their current Zoom presence and phone state. Click a person to show only their events.</source>
        <translation>イベントに登場したすべてのユーザーと、その現在の Zoom プレゼンスおよび電話の状態です。ユーザーをクリックすると、そのユーザーのイベントのみを表示します。</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <extracomment>How many events pass the filter</extracomment>
        <translation>%1 件表示</translation>
    </message>
    <message numerus="yes">
        <source>New events: %n</source>
        <translation>
            <numerusform>新着イベント: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Capture files (*.jsonl);;All files (*)</source>
        <translation>キャプチャファイル (*.jsonl);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Save Capture</source>
        <translation>キャプチャの保存</translation>
    </message>
    <message>
        <source>Open Capture</source>
        <translation>キャプチャを開く</translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>イベントのエクスポート</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Calls are predicted from each user&apos;s first presence event on: the Zoom user list could not be read (%1).</source>
        <translation>Zoom のユーザー一覧を読み込めなかったため（%1）、通話は各ユーザーの最初のプレゼンスイベント以降のみ予測されます。</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Received events, newest last; select one to see its details</source>
        <translation>受信したイベントです（最新のものが最後）。選択すると詳細が表示されます。</translation>
    </message>
    <message>
        <source>Presence board</source>
        <translation>プレゼンスボード</translation>
    </message>
    <message>
        <source>Each agent&apos;s presence as the received events report it</source>
        <translation>受信したイベントに基づく各エージェントのプレゼンスです。</translation>
    </message>
</context>
<context>
    <name>syncdesk::MonitorSourceBar</name>
    <message>
        <source>Webhooks</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Address to listen on: 127.0.0.1 for this computer only, 0.0.0.0 for every network</source>
        <translation>待ち受けるアドレス: このコンピューターのみの場合は 127.0.0.1、すべてのネットワークの場合は 0.0.0.0</translation>
    </message>
    <message>
        <source>Port to listen on</source>
        <translation>待ち受けるポート</translation>
    </message>
    <message>
        <source>Path of the event notification endpoint, for example /webhook</source>
        <translation>イベント通知エンドポイントのパス（例: /webhook）</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Suffix of a number of seconds, with its leading space</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How old a request&apos;s x-zm-request-timestamp may be before it is rejected (protects against replayed requests)</source>
        <translation>リクエストの x-zm-request-timestamp がこれより古い場合は拒否します（リプレイ攻撃を防ぎます）</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>Subscription ID</source>
        <translation>サブスクリプション ID</translation>
    </message>
    <message>
        <source>The ID Zoom shows for your app&apos;s WebSocket event subscription</source>
        <translation>アプリの WebSocket イベントサブスクリプションについて Zoom が表示する ID</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Receive the sandbox&apos;s simulated webhooks</source>
        <translation>サンドボックスの模擬 Webhook を受信します</translation>
    </message>
    <message>
        <source>Start receiving Zoom webhooks</source>
        <translation>Zoom の Webhook の受信を開始します</translation>
    </message>
    <message>
        <source>Stop receiving webhooks</source>
        <translation>Webhook の受信を停止します</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>The sandbox uses 127.0.0.1 and a free port chosen at start.</source>
        <translation>サンドボックスは 127.0.0.1 と、開始時に選ばれた空きポートを使用します。</translation>
    </message>
    <message>
        <source>The sandbox provides its own subscription.</source>
        <translation>サンドボックスには専用のサブスクリプションが用意されています。</translation>
    </message>
    <message>
        <source>Open a profile to receive events.</source>
        <translation>イベントを受信するには、プロファイルを開いてください。</translation>
    </message>
    <message>
        <source>Not receiving webhooks.</source>
        <translation>Webhook を受信していません。</translation>
    </message>
    <message>
        <source>WebSocket not connected.</source>
        <translation>WebSocket は接続されていません。</translation>
    </message>
    <message>
        <source>Webhook listen address</source>
        <translation>Webhook の待ち受けアドレス</translation>
    </message>
    <message>
        <source>Webhook listen port</source>
        <translation>Webhook の待ち受けポート</translation>
    </message>
    <message>
        <source>Webhook path</source>
        <translation>Webhook のパス</translation>
    </message>
    <message>
        <source>Timestamp tolerance</source>
        <translation>タイムスタンプの許容範囲</translation>
    </message>
    <message>
        <source>WebSocket subscription ID</source>
        <translation>WebSocket のサブスクリプション ID</translation>
    </message>
</context>
<context>
    <name>syncdesk::NumberRulesEditor</name>
    <message>
        <source>Enter a regular expression, e.g. ^\+49(\d+)$.</source>
        <translation>正規表現を入力してください（例: ^\+49(\d+)$）。</translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1 (at character %2).</source>
        <translation>有効な正規表現ではありません: %1（%2 文字目）。</translation>
    </message>
    <message>
        <source>The replacement uses \%1, but the pattern has only %2 groups in parentheses.</source>
        <translation>置換文字列で \%1 が使われていますが、パターンには括弧で囲んだグループが %2 個しかありません。</translation>
    </message>
    <message>
        <source>Rules are tried from top to bottom; the first whose pattern matches the whole Zoom number rewrites it (\1 … \9 insert the groups in parentheses). A number no rule matches is written as it is.</source>
        <translation>ルールは上から順に試されます。パターンが Zoom の番号全体に一致した最初のルールで番号が書き換えられます（\1 … \9 には括弧で囲んだグループが挿入されます）。どのルールにも一致しない番号はそのまま書き込まれます。</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>パターン</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>置換後</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>ルールを追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Sample numbers, one per line, as Zoom stores them (E.164):</source>
        <translation>サンプル番号（1 行に 1 つ、Zoom の保存形式である E.164 で入力）:</translation>
    </message>
    <message>
        <source>Load the account&apos;s numbers</source>
        <translation>アカウントの番号を読み込む</translation>
    </message>
    <message>
        <source>Zoom number</source>
        <translation>Zoom の番号</translation>
    </message>
    <message>
        <source>From</source>
        <translation>取得元</translation>
    </message>
    <message>
        <source>Written to the ACD</source>
        <translation>ACD への書き込み値</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>✓ Valid</source>
        <translation>✓ 有効</translation>
    </message>
    <message>
        <source>Number translation, rule %1: %2</source>
        <translation>番号変換、ルール %1: %2</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>ルール %1</translation>
    </message>
    <message>
        <source>No rule matched</source>
        <translation>一致するルールなし</translation>
    </message>
    <message>
        <source>Longer than the 30 characters the ACD accepts: this user is skipped.</source>
        <translation>ACD で使用できる 30 文字を超えています。このユーザーはスキップされます。</translation>
    </message>
    <message>
        <source>Reading Zoom Phone users…</source>
        <translation>Zoom Phone ユーザーを読み込んでいます…</translation>
    </message>
    <message>
        <source>Could not connect to Zoom: %1</source>
        <translation>Zoom に接続できませんでした: %1</translation>
    </message>
    <message>
        <source>Could not read the Zoom Phone users: %1</source>
        <translation>Zoom Phone ユーザーを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The account has no Zoom Phone numbers.</source>
        <translation>このアカウントには Zoom Phone の番号がありません。</translation>
    </message>
    <message>
        <source>Numbers loaded: %1</source>
        <translation>読み込んだ番号: %1 件</translation>
    </message>
    <message>
        <source>Number rules</source>
        <translation>番号変換ルール</translation>
    </message>
    <message>
        <source>Patterns that turn Zoom numbers into the numbers written to the ACD, tried in order</source>
        <translation>Zoom の番号を ACD に書き込む番号に変換するパターンです（上から順に試されます）。</translation>
    </message>
    <message>
        <source>Sample numbers</source>
        <translation>サンプル番号</translation>
    </message>
    <message>
        <source>Phone numbers to try the rules on, one per line</source>
        <translation>ルールを試す電話番号です（1 行に 1 つ）。</translation>
    </message>
    <message>
        <source>Number preview</source>
        <translation>番号のプレビュー</translation>
    </message>
</context>
<context>
    <name>syncdesk::OmniStatusMappingBox</name>
    <message>
        <source>Omni-channel status mapping</source>
        <translation>オムニチャネルのステータスマッピング</translation>
    </message>
    <message>
        <source>In the Zoom for Lightning settings (Omni-Channel sync tab): when an agent has the Zoom Contact Center status on the left, Zoom sets their Salesforce status to the one on the right. Omni-Channel must be turned on in Salesforce first.</source>
        <translation>Zoom for Lightning の設定（[オムニチャネル同期設定] タブ）に対応します。エージェントの Zoom Contact Center のステータスが左側の値になると、Zoom はそのエージェントの Salesforce のプレゼンス状況を右側の値に設定します。先に Salesforce でオムニチャネルを有効にしておく必要があります。</translation>
    </message>
    <message>
        <source>Enable omni-channel sync</source>
        <translation>オムニチャネルの同期を有効にする</translation>
    </message>
    <message>
        <source>Zoom Contact Center status</source>
        <translation>Zoom Contact Center のステータス</translation>
    </message>
    <message>
        <source>Salesforce status</source>
        <translation>Salesforce のプレゼンス状況</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>行を削除</translation>
    </message>
    <message>
        <source>Load Salesforce statuses</source>
        <translation>Salesforce から読み込み</translation>
    </message>
    <message>
        <source>Loading the org&apos;s presence statuses…</source>
        <translation>組織のプレゼンス状況を読み込んでいます…</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>問題: %1 件</translation>
    </message>
    <message>
        <source>No mapping yet: add a row per Zoom Contact Center status.</source>
        <translation>マッピングはまだありません。Zoom Contact Center のステータスごとに行を追加してください。</translation>
    </message>
    <message>
        <source>The mapping is complete.</source>
        <translation>マッピングは完成しています。</translation>
    </message>
    <message>
        <source>Salesforce statuses loaded: %1</source>
        <translation>読み込んだ Salesforce のプレゼンス状況: %1 件</translation>
    </message>
    <message>
        <source>Reload Salesforce statuses</source>
        <translation>Salesforce から再読み込み</translation>
    </message>
</context>
<context>
    <name>syncdesk::OverviewArea</name>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>How the integration is doing. Each row says what was checked and when; its button opens what fixes it.</source>
        <translation>連携の状態です。各行には確認した内容と日時が表示され、ボタンから対処のための画面を開けます。</translation>
    </message>
    <message>
        <source>Health of the integration: what works, what needs attention</source>
        <translation>連携の正常性: 正常に動作しているものと対応が必要なもの</translation>
    </message>
    <message>
        <source>Checked at %1</source>
        <translation>%1 に確認</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>未確認</translation>
    </message>
</context>
<context>
    <name>syncdesk::Pager</name>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>The list did not end after %1 pages. Syncdesk stopped reading it; narrow the request or try again later.</source>
        <translation>%1 ページを超えても一覧が終わりませんでした。Syncdesk は読み込みを中止しました。リクエストの条件を絞り込むか、後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 answered with a list Syncdesk cannot read. Check the API URL.</source>
        <translation>%1 から Syncdesk で読み取れない一覧が返されました。API URL を確認してください。</translation>
    </message>
    <message>
        <source>The service named its next page on another site, %1. Syncdesk does not send credentials to another site, so the list was not read to the end. Check the instance URL.</source>
        <translation>サービスが次のページとして別のサイト (%1) を指定しました。Syncdesk は別のサイトに認証情報を送信しないため、一覧を最後まで読み込みませんでした。インスタンス URL を確認してください。</translation>
    </message>
    <message>
        <source>The service named the same page again as the next one. Syncdesk stopped reading the list; try again later.</source>
        <translation>サービスが次のページとして同じページを再度指定しました。Syncdesk は一覧の読み込みを中止しました。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 answered with data Syncdesk cannot read. Check the API URL.</source>
        <translation>%1 から Syncdesk で読み取れないデータが返されました。API URL を確認してください。</translation>
    </message>
</context>
<context>
    <name>syncdesk::PresenceBoardModel</name>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds, e.g. &quot;42 s&quot;</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>ユーザー ID: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Zoom presence</source>
        <translation>Zoom プレゼンス</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Last change</source>
        <extracomment>Column header: the time the presence or phone state last changed</extracomment>
        <translation>最終変更</translation>
    </message>
    <message>
        <source>Duration</source>
        <extracomment>Column header: how long the current state has lasted so far</extracomment>
        <translation>継続時間</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; predicts nothing for this person yet (not covered by the rule, or no presence or phone event seen).</source>
        <translation>ルール &quot;%1&quot; によるこのユーザーの予測はまだありません（ルールの対象外か、プレゼンスまたは電話のイベントをまだ受信していません）。</translation>
    </message>
    <message>
        <source>Predicted by rule &quot;%1&quot;</source>
        <translation>ルール &quot;%1&quot; による予測</translation>
    </message>
    <message>
        <source>ACD</source>
        <extracomment>Column header: the ACD state the active presence rule predicts</extracomment>
        <translation>ACD</translation>
    </message>
    <message>
        <source>Salesforce</source>
        <extracomment>Column header: the Salesforce presence status the active presence rule predicts</extracomment>
        <translation>Salesforce</translation>
    </message>
</context>
<context>
    <name>syncdesk::PresenceRuleEditor</name>
    <message>
        <source>A presence rule keeps the ACD, Salesforce and Zoom in step: the publisher table says which Salesforce status each ACD state shows, the subscriber table which ACD state a Salesforce status sets, and the Zoom table which ACD state a Zoom presence or a call sets. &quot;previous&quot; goes back to the state the agent had before.</source>
        <translation>プレゼンスルールは ACD、Salesforce、Zoom の状態をそろえます。パブリッシャーテーブルでは ACD の各状態で表示する Salesforce のプレゼンス状況を、サブスクライバーテーブルでは Salesforce のプレゼンス状況で設定する ACD の状態を、Zoom テーブルでは Zoom プレゼンスや通話で設定する ACD の状態を指定します。&quot;previous&quot; はエージェントの以前の状態に戻します。</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Active rule (the monitor predicts with it):</source>
        <translation>有効なルール（モニターの予測に使用）:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Skip validation of unavailable codes</source>
        <translation>不在コードの検証をスキップ</translation>
    </message>
    <message>
        <source>Codes are then not checked against the rule&apos;s teams, and a Salesforce status without a subscriber row sets Unavailable.</source>
        <translation>オンにすると、コードがルールのチームに割り当てられているかは確認されず、サブスクライバーテーブルに行がない Salesforce のプレゼンス状況では Unavailable が設定されます。</translation>
    </message>
    <message>
        <source>Publisher: ACD state → Salesforce status</source>
        <translation>パブリッシャー: ACD の状態 → Salesforce のプレゼンス状況</translation>
    </message>
    <message>
        <source>Subscriber: Salesforce status → ACD state</source>
        <translation>サブスクライバー: Salesforce のプレゼンス状況 → ACD の状態</translation>
    </message>
    <message>
        <source>Zoom: presence or phone state → ACD state</source>
        <translation>Zoom: プレゼンスまたは電話の状態 → ACD の状態</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>行を削除</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>適用対象</translation>
    </message>
    <message>
        <source>Teams:</source>
        <translation>チーム:</translation>
    </message>
    <message>
        <source>E-mail addresses, separated by commas</source>
        <translation>メールアドレス（カンマ区切り）</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>ユーザー:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新しいルール</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（コピー）</translation>
    </message>
    <message>
        <source>Import a presence rule</source>
        <translation>プレゼンスルールをインポート</translation>
    </message>
    <message>
        <source>Rule files (*.json);;All files (*)</source>
        <translation>ルールファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 をインポートしました。</translation>
    </message>
    <message>
        <source>Export the presence rule</source>
        <translation>プレゼンスルールをエクスポート</translation>
    </message>
    <message>
        <source>Rule files (*.json)</source>
        <translation>ルールファイル (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1 にエクスポートしました。</translation>
    </message>
    <message>
        <source>ACD state</source>
        <translation>ACD の状態</translation>
    </message>
    <message>
        <source>Salesforce status</source>
        <translation>Salesforce のプレゼンス状況</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Zoom presence or phone state</source>
        <translation>Zoom プレゼンスまたは電話の状態</translation>
    </message>
    <message>
        <source>Zoom presence</source>
        <translation>Zoom プレゼンス</translation>
    </message>
    <message>
        <source>Phone state</source>
        <translation>電話の状態</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>No problems: the rule is valid.</source>
        <translation>問題はありません。ルールは有効です。</translation>
    </message>
    <message>
        <source>Two rules are named &quot;%1&quot;: rename one, the active rule is chosen by name.</source>
        <translation>&quot;%1&quot; という名前のルールが 2 つあります。有効なルールは名前で選択されるため、どちらかの名前を変更してください。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Asking the ACD…</source>
        <translation>ACD に問い合わせています…</translation>
    </message>
    <message>
        <source>Unavailable codes: %1, teams: %2</source>
        <translation>不在コード数: %1、チーム数: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2. Choose a rule file exported by Syncdesk or written for syncdeskctl rules.</source>
        <translation>%1 を読み込めませんでした: %2。Syncdesk でエクスポートしたルールファイル、または syncdeskctl rules 用に作成したルールファイルを選択してください。</translation>
    </message>
    <message>
        <source>%1 is not a presence rule file: %2</source>
        <translation>%1 はプレゼンスルールのファイルではありません: %2</translation>
    </message>
    <message>
        <source>Imported rule</source>
        <translation>インポートしたルール</translation>
    </message>
    <message>
        <source>Select a rule to export.</source>
        <translation>エクスポートするルールを選択してください。</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose a folder you can write to.</source>
        <translation>%1 に書き込めませんでした: %2。書き込み可能なフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>No rule yet. Click Add to start one, or Import… a rule file (the JSON of syncdeskctl rules).</source>
        <translation>ルールはまだありません。[追加] をクリックして作成するか、[インポート…] でルールファイル（syncdeskctl rules の JSON）を読み込んでください。</translation>
    </message>
    <message>
        <source>Load from the ACD and Salesforce</source>
        <translation>ACD と Salesforce から読み込み</translation>
    </message>
    <message>
        <source>Reads the ACD&apos;s unavailable codes and teams and the Salesforce org&apos;s presence statuses, to offer them and check the rule against them.</source>
        <translation>ACD の不在コードとチーム、Salesforce 組織のプレゼンス状況を読み込み、選択肢として表示し、ルールを検証します。</translation>
    </message>
    <message>
        <source>Asking Salesforce…</source>
        <translation>Salesforce に問い合わせ中…</translation>
    </message>
    <message>
        <source>Salesforce: %1</source>
        <translation>Salesforce: %1</translation>
    </message>
    <message>
        <source>Salesforce statuses: %1</source>
        <translation>Salesforce のプレゼンス状況: %1 件</translation>
    </message>
    <message>
        <source>Presence rules</source>
        <translation>プレゼンスルール</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Problems in this rule</source>
        <translation>このルールの問題</translation>
    </message>
</context>
<context>
    <name>syncdesk::PresenceSimulatorPane</name>
    <message>
        <source>Every agent starts Available in the ACD, with the status the publisher table gives for Available in Salesforce. Add events one by one or load a capture file to see what the rule makes of them.</source>
        <translation>すべてのエージェントは ACD では Available、Salesforce ではパブリッシャーテーブルで Available に指定されたプレゼンス状況から開始します。イベントを 1 つずつ追加するか、キャプチャファイルを読み込んで、ルールによる結果を確認してください。</translation>
    </message>
    <message>
        <source>Agent&apos;s e-mail address</source>
        <translation>エージェントのメールアドレス</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>エージェント:</translation>
    </message>
    <message>
        <source>Zoom presence</source>
        <translation>Zoom プレゼンス</translation>
    </message>
    <message>
        <source>Phone state</source>
        <translation>電話の状態</translation>
    </message>
    <message>
        <source>Salesforce status</source>
        <translation>Salesforce のプレゼンス状況</translation>
    </message>
    <message>
        <source>Apply step</source>
        <translation>ステップを適用</translation>
    </message>
    <message>
        <source>Load events file…</source>
        <translation>イベントファイルを読み込み…</translation>
    </message>
    <message>
        <source>Clear steps</source>
        <translation>ステップをクリア</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>ACD state after</source>
        <translation>適用後の ACD の状態</translation>
    </message>
    <message>
        <source>Salesforce status after</source>
        <translation>適用後の Salesforce のプレゼンス状況</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>エージェント</translation>
    </message>
    <message>
        <source>ACD state</source>
        <translation>ACD の状態</translation>
    </message>
    <message>
        <source>Previous ACD state</source>
        <translation>以前の ACD の状態</translation>
    </message>
    <message>
        <source>Steps: %1</source>
        <translation>ステップ数: %1</translation>
    </message>
    <message>
        <source>Load events</source>
        <translation>イベントを読み込み</translation>
    </message>
    <message>
        <source>Captures and JSON Lines (*.jsonl *.json *.txt);;All files (*)</source>
        <translation>キャプチャと JSON Lines (*.jsonl *.json *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>No rule selected.</source>
        <translation>ルールが選択されていません。</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>ルール: %1</translation>
    </message>
    <message>
        <source>Enter the agent&apos;s e-mail address, e.g. anna.lehmann@example.com.</source>
        <translation>エージェントのメールアドレスを入力してください（例: anna.lehmann@example.com）。</translation>
    </message>
    <message>
        <source>Enter a value for the step.</source>
        <translation>ステップの値を入力してください。</translation>
    </message>
    <message>
        <source>A phone state is ringing, connected or ended.</source>
        <translation>電話の状態は ringing、connected、ended のいずれかです。</translation>
    </message>
    <message>
        <source>Could not read %1: %2. Choose a capture or a JSON Lines file.</source>
        <translation>%1 を読み込めませんでした: %2。キャプチャファイルまたは JSON Lines ファイルを選択してください。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>Events loaded: %1</source>
        <translation>読み込んだイベント数: %1</translation>
    </message>
    <message>
        <source>Events loaded: %1, lines skipped: %2 (first: %3)</source>
        <translation>読み込んだイベント数: %1、スキップした行数: %2（最初: %3）</translation>
    </message>
    <message>
        <source>%1 has no events the simulator can read (%2).</source>
        <translation>%1 には、シミュレーターで読み取れるイベントがありません（%2）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not an agent of this rule</source>
        <translation>このルールのエージェントではありません</translation>
    </message>
    <message>
        <source>No agent known for this event yet</source>
        <translation>このイベントのエージェントはまだ不明です</translation>
    </message>
    <message>
        <source>Follow the live monitor</source>
        <translation>ライブモニターに追従</translation>
    </message>
    <message>
        <source>Adds every presence and phone event the monitor receives as a step. Only the newest %1 steps are kept.</source>
        <translation>モニターが受信したプレゼンスと電話のイベントをすべてステップとして追加します。保持されるのは最新の %1 ステップのみです。</translation>
    </message>
    <message>
        <source>Following the live monitor: the newest %1 steps are kept.</source>
        <translation>ライブモニターに追従中: 最新の %1 ステップを保持します。</translation>
    </message>
    <message>
        <source>Step kind</source>
        <translation>ステップの種類</translation>
    </message>
    <message>
        <source>Step value</source>
        <translation>ステップの値</translation>
    </message>
    <message>
        <source>The presence, phone state or Salesforce status the step sets</source>
        <translation>このステップで設定するプレゼンス、電話の状態、または Salesforce のプレゼンス状況です。</translation>
    </message>
    <message>
        <source>Simulation steps</source>
        <translation>シミュレーションのステップ</translation>
    </message>
    <message>
        <source>Simulated agents</source>
        <translation>シミュレーション対象のエージェント</translation>
    </message>
</context>
<context>
    <name>syncdesk::PresenceStatusDesigner</name>
    <message>
        <source>Add status</source>
        <translation>状況を追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Export metadata…</source>
        <translation>メタデータをエクスポート…</translation>
    </message>
    <message>
        <source>Design the Omni-Channel presence statuses your rules need. The developer name follows the label as Salesforce derives it (you can change it). Online statuses take work on their service channels; Busy statuses take none. Export them as a metadata zip and deploy it to the org, for example with the Salesforce CLI or Workbench.</source>
        <translation>ルールに必要なオムニチャネルのプレゼンス状況を設計します。API 参照名は、Salesforce と同じ方法で表示ラベルから生成されます（変更可能）。オンラインの状況ではサービスチャネルの作業を受け付け、取り込み中の状況では作業を受け付けません。メタデータの ZIP ファイルとしてエクスポートし、Salesforce CLI や Workbench などで組織にデプロイしてください。</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>表示ラベル</translation>
    </message>
    <message>
        <source>Developer name</source>
        <translation>API 参照名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Service channels</source>
        <translation>サービスチャネル</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Export presence statuses</source>
        <translation>プレゼンス状況をエクスポート</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>ZIP ファイル (*.zip)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1 にエクスポートしました。</translation>
    </message>
    <message>
        <source>In your org</source>
        <translation>組織内</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>読み込み</translation>
    </message>
    <message>
        <source>Presence statuses</source>
        <translation>プレゼンス状況</translation>
    </message>
    <message>
        <source>After deploying the statuses, enable them on profiles. Ticks are saved in the profile.</source>
        <translation>プレゼンス状況をデプロイしたら、プロファイルで有効化してください。チェックはプロファイルに保存されます。</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>取り込み中</translation>
    </message>
    <message>
        <source>none (Busy)</source>
        <translation>なし（取り込み中）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>%1 (warning): %2</source>
        <translation>%1（警告）: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Loading the org&apos;s presence statuses and service channels…</source>
        <translation>組織のプレゼンス状況とサービスチャネルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Could not read the org: %1</source>
        <translation>組織を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>%1 (%2) — also designed here</source>
        <translation>%1（%2）— ここでも設計済み</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Open a profile to read its Salesforce org.</source>
        <translation>Salesforce 組織を読み込むには、プロファイルを開いてください。</translation>
    </message>
    <message>
        <source>Presence statuses: %1. Service channels: %2. Designed statuses that already exist are marked.</source>
        <translation>プレゼンス状況: %1 件、サービスチャネル: %2 件。設計したプレゼンス状況のうち、組織に既にあるものには印が付いています。</translation>
    </message>
    <message>
        <source>Load reads the org&apos;s presence statuses and service channels with the account mapping&apos;s sign-in.</source>
        <translation>[読み込み] を押すと、アカウントの対応付けのサインイン情報を使って、組織のプレゼンス状況とサービスチャネルを読み込みます。</translation>
    </message>
    <message>
        <source>The Salesforce presence statuses to create, one per row</source>
        <translation>作成する Salesforce のプレゼンス状況です（1 行に 1 つ）。</translation>
    </message>
    <message>
        <source>Problems in the statuses</source>
        <translation>プレゼンス状況の問題</translation>
    </message>
    <message>
        <source>Presence statuses in the org</source>
        <translation>組織内のプレゼンス状況</translation>
    </message>
</context>
<context>
    <name>syncdesk::ProfileEditor</name>
    <message>
        <source>Discard changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Try Syncdesk without a Zoom account</source>
        <translation>Zoom アカウントなしで Syncdesk を試す</translation>
    </message>
    <message>
        <source>No account needed: a simulated Zoom account runs inside Syncdesk, with demo users and ready-made credentials, so every step and the connection test work right away.</source>
        <translation>アカウントは不要です。Syncdesk 内で模擬 Zoom アカウントが動作し、デモユーザーと設定済みの認証情報が用意されているため、すべての手順と接続テストをすぐに試せます。</translation>
    </message>
    <message>
        <source>Try it on the sandbox</source>
        <translation>サンドボックスで試す</translation>
    </message>
    <message>
        <source>Your profiles</source>
        <translation>プロファイル一覧</translation>
    </message>
    <message>
        <source>There are no profiles yet. Try the sandbox or create a new profile below.</source>
        <translation>プロファイルはまだありません。サンドボックスを試すか、下で新しいプロファイルを作成してください。</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>バックアップを復元</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>ファイルを開く…</translation>
    </message>
    <message>
        <source>Open a profile file from another folder</source>
        <translation>別のフォルダーにあるプロファイルファイルを開きます</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新規プロファイル</translation>
    </message>
    <message>
        <source>Use one profile per customer or Zoom account.</source>
        <translation>顧客または Zoom アカウントごとに 1 つのプロファイルを使用してください。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>for example, Example Corp production</source>
        <translation>例: Example Corp 本番環境</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>プロファイルを作成</translation>
    </message>
    <message>
        <source>%1 (simulated Zoom account)</source>
        <translation>%1（模擬 Zoom アカウント）</translation>
    </message>
    <message>
        <source>%1 (cannot be opened)</source>
        <translation>%1（開けません）</translation>
    </message>
    <message>
        <source>%1 A backup of the previous version is available.</source>
        <translation>%1以前のバージョンのバックアップがあります。</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>プロファイルを開く</translation>
    </message>
    <message>
        <source>Syncdesk profiles (*.json)</source>
        <translation>Syncdesk プロファイル (*.json)</translation>
    </message>
    <message>
        <source>No profile is open yet. Choose one to continue.</source>
        <translation>プロファイルがまだ開かれていません。続行するにはプロファイルを選択してください。</translation>
    </message>
    <message>
        <source>Open profile: %1</source>
        <translation>開いているプロファイル: %1</translation>
    </message>
    <message>
        <source>Unsaved changes to “%1” from your last session were restored. Save them with File → Save, or discard them.</source>
        <translation>前回のセッションで保存されなかった「%1」の変更を復元しました。[ファイル] → [保存] で保存するか、変更を破棄してください。</translation>
    </message>
</context>
<context>
    <name>syncdesk::ProfilePage</name>
    <message>
        <source>Choose a profile</source>
        <translation>プロファイルの選択</translation>
    </message>
    <message>
        <source>A profile holds the settings of one customer&apos;s integration. Secrets are kept in the system keychain, never in the profile file.</source>
        <translation>プロファイルには、1 顧客分の連携設定が保存されます。シークレットはシステムのキーチェーンに保管され、プロファイルファイルには保存されません。</translation>
    </message>
</context>
<context>
    <name>syncdesk::ProfileSession</name>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>プロファイルの名前を入力してください。</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>Open or create a profile first.</source>
        <translation>先にプロファイルを開くか作成してください。</translation>
    </message>
</context>
<context>
    <name>syncdesk::RateSparkline</name>
    <message>
        <source>Events per second over the last minute: now %1, peak %2</source>
        <translation>直近 1 分間の 1 秒あたりのイベント数: 現在 %1、最大 %2</translation>
    </message>
</context>
<context>
    <name>syncdesk::ReconcilePage</name>
    <message>
        <source>Received</source>
        <translation>受信済み</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未受信</translation>
    </message>
    <message>
        <source>Webhook only</source>
        <translation>Webhook のみ</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder or free some space.</source>
        <translation>%1 に書き込めませんでした: %2。別のフォルダーを選択するか、空き容量を確保してください。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <source>Export JSON Lines…</source>
        <translation>JSON Lines をエクスポート…</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>ダウンロード…</translation>
    </message>
    <message>
        <source>Compares what the Contact Center API lists for a window with what arrived by webhook. Missed: only the API has it (the webhook never arrived). Webhook only: announced, but not listed (deleted since). Days are UTC, as in syncdeskctl cc reconcile.</source>
        <translation>期間内に Contact Center API で一覧表示されるデータと、Webhook で届いたデータを比較します。未受信: API にのみ存在します（Webhook が届いていません）。Webhook のみ: 通知されましたが、一覧にはありません（その後削除されています）。日付は syncdeskctl cc reconcile と同じく UTC です。</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>Days (UTC):</source>
        <translation>日付 (UTC):</translation>
    </message>
    <message>
        <source>Events held by the monitor</source>
        <translation>モニターが保持しているイベント</translation>
    </message>
    <message>
        <source>Capture file</source>
        <translation>キャプチャファイル</translation>
    </message>
    <message>
        <source>Capture file (JSON Lines, as the monitor saves it)</source>
        <translation>キャプチャファイル（モニターが保存する JSON Lines 形式）</translation>
    </message>
    <message>
        <source>Webhooks from:</source>
        <translation>Webhook の取得元:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Fetches the selected row&apos;s recording or transcript and saves it to a file you choose.</source>
        <translation>選択した行の録音または文字起こしを取得し、指定したファイルに保存します。</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>エンゲージメント</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>日時 (UTC)</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Kind or day</source>
        <translation>種類 / 日付</translation>
    </message>
    <message>
        <source>Choose the days and press Run.</source>
        <translation>日付を選択して [実行] を押してください。</translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation>キャプチャを開く</translation>
    </message>
    <message>
        <source>Captures (*.jsonl *.json);;All files (*)</source>
        <translation>キャプチャファイル (*.jsonl *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV のエクスポート</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export JSON Lines</source>
        <translation>JSON Lines のエクスポート</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Save download</source>
        <translation>ダウンロードの保存</translation>
    </message>
    <message>
        <source>The first day is after the last. Pick a first day on or before the last.</source>
        <translation>開始日が終了日より後になっています。終了日以前の日付を開始日に選択してください。</translation>
    </message>
    <message>
        <source>Choose a capture file (Browse…) or use the events held by the monitor.</source>
        <translation>キャプチャファイルを選択する（[参照…]）か、モニターが保持しているイベントを使用してください。</translation>
    </message>
    <message>
        <source>Polling the Contact Center lists…</source>
        <translation>コンタクトセンターの一覧をポーリングしています…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed; press Run to start again.</source>
        <translation>キャンセルしました。何も変更されていません。もう一度開始するには [実行] を押してください。</translation>
    </message>
    <message>
        <source>Missed: %1 · Received: %2 · Webhook only: %3. The missed ones never arrived by webhook; the API has them.</source>
        <translation>未受信: %1 · 受信済み: %2 · Webhook のみ: %3。未受信のデータは Webhook で届いていませんが、API には存在します。</translation>
    </message>
    <message>
        <source>Nothing missed. Received: %1 · Webhook only: %2.</source>
        <translation>未受信はありません。受信済み: %1 · Webhook のみ: %2。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1 にエクスポートしました。</translation>
    </message>
    <message>
        <source>This row has nothing to download.</source>
        <translation>この行にはダウンロードできるものがありません。</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>ダウンロードしています…</translation>
    </message>
    <message>
        <source>Saved %1 (%2 bytes).</source>
        <translation>%1 を保存しました（%2 バイト）。</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Webhooks from</source>
        <translation>Webhook の取得元</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>照合</translation>
    </message>
    <message>
        <source>Each record the API lists and whether its webhook arrived</source>
        <translation>API で一覧表示される各データと、その Webhook が届いたかどうかです。</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>件数</translation>
    </message>
</context>
<context>
    <name>syncdesk::Reconciler</name>
    <message>
        <source>Recording</source>
        <translation>録音</translation>
    </message>
    <message>
        <source>Recording transcript</source>
        <translation>録音の文字起こし</translation>
    </message>
    <message>
        <source>Messaging transcript</source>
        <translation>メッセージの文字起こし</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>処理結果</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>ボイスメール</translation>
    </message>
    <message>
        <source>Voicemail transcript</source>
        <translation>ボイスメールの文字起こし</translation>
    </message>
</context>
<context>
    <name>syncdesk::RestClient</name>
    <message>
        <source>The host %1 could not be found. Check the URL and your network or DNS settings.</source>
        <translation>ホスト %1 が見つかりませんでした。URL と、ネットワークまたは DNS の設定を確認してください。</translation>
    </message>
    <message>
        <source>The connection to %1 was refused. Check the URL and port, and that the service is running.</source>
        <translation>%1 への接続が拒否されました。URL とポート、およびサービスが実行中であることを確認してください。</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering. Try again; if it keeps happening, check proxies and firewalls on the way.</source>
        <translation>%1 が応答する前に接続を閉じました。もう一度お試しください。繰り返し発生する場合は、経路上のプロキシとファイアウォールを確認してください。</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your network connection and try again.</source>
        <translation>%1 から時間内に応答がありませんでした。ネットワーク接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to %1 could not be established. The certificate may be invalid or intercepted by a proxy; check the system time and your proxy&apos;s certificate.</source>
        <translation>%1 との安全な接続 (TLS) を確立できませんでした。証明書が無効か、プロキシによって傍受されている可能性があります。システムの時刻とプロキシの証明書を確認してください。</translation>
    </message>
    <message>
        <source>A network error occurred while talking to %1. Check your connection and proxy settings, then try again.</source>
        <translation>%1 との通信中にネットワークエラーが発生しました。接続とプロキシの設定を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 is rate-limiting requests. Wait a moment and try again.</source>
        <translation>%1 がリクエストをレート制限しています。しばらく待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 is rate-limiting requests and asked to wait %2 seconds. Try again after that.</source>
        <translation>%1 がリクエストをレート制限しており、%2 秒待つよう求めています。その後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 had an internal problem (HTTP %2). Try again in a few minutes.</source>
        <translation>%1 で内部エラーが発生しました (HTTP %2)。数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 has no such resource (HTTP 404). Check the URL.</source>
        <translation>%1 に該当するリソースがありません (HTTP 404)。URL を確認してください。</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 がリクエストを拒否しました (HTTP %2)。</translation>
    </message>
    <message>
        <source>%1 redirected the request more than %2 times. Check the URL.</source>
        <translation>%1 がリクエストを %2 回を超えてリダイレクトしました。URL を確認してください。</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2, which is not a secure (https) address. Syncdesk did not follow it; check the URL.</source>
        <translation>%1 がリクエストを安全でない (https ではない) アドレス %2 にリダイレクトしました。Syncdesk はリダイレクトに従いませんでした。URL を確認してください。</translation>
    </message>
    <message>
        <source>%1 redirected the request to another site, %2. Syncdesk does not send credentials to another site, so the request was stopped. Check the URL; if the service has moved, enter its new address.</source>
        <translation>%1 がリクエストを別のサイト (%2) にリダイレクトしました。Syncdesk は別のサイトに認証情報を送信しないため、リクエストを中止しました。URL を確認してください。サービスが移転した場合は、新しいアドレスを入力してください。</translation>
    </message>
</context>
<context>
    <name>syncdesk::SalesforceAccountMappingEditor</name>
    <message>
        <source>In CXone, Salesforce is mapped in Adapters &gt; Account Mapping &gt; Salesforce &gt; Map Accounts. Enter the values here once: Verify signs in to Salesforce with them, as CXone will, and each copy button puts one value on the clipboard for CXone&apos;s dialog.</source>
        <translation>CXone では、Salesforce の対応付けを [Adapters] &gt; [Account Mapping] &gt; [Salesforce] &gt; [Map Accounts] で行います。ここで値を一度入力してください。[検証] を押すと、CXone と同じようにこれらの値で Salesforce にサインインします。各コピーボタンを押すと、CXone のダイアログ用に値が 1 つずつクリップボードにコピーされます。</translation>
    </message>
    <message>
        <source>This sandbox profile signs in to Syncdesk&apos;s built-in Salesforce org. Fields left empty use its demo user and connected app.</source>
        <translation>このサンドボックスプロファイルは、Syncdesk に内蔵の Salesforce 組織にサインインします。空欄のフィールドには、デモユーザーとデモ用接続アプリケーションの値が使われます。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Nothing is stored for this profile yet. Type the value into its field first.</source>
        <translation>このプロファイルにはまだ何も保管されていません。先にフィールドに値を入力してください。</translation>
    </message>
    <message>
        <source>Salesforce account details</source>
        <translation>Salesforce アカウントの詳細</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>未選択</translation>
    </message>
    <message>
        <source>Salesforce platform version:</source>
        <translation>Salesforce プラットフォームのバージョン:</translation>
    </message>
    <message>
        <source>login.salesforce.com for production and Hyperforce, test.salesforce.com for a sandbox. If your org requires its My Domain, enter it instead (https://yourcompany.my.salesforce.com).</source>
        <translation>本番環境と Hyperforce の場合は login.salesforce.com、サンドボックスの場合は test.salesforce.com です。組織で私のドメインが必須の場合は、代わりにそれを入力します（https://yourcompany.my.salesforce.com）。</translation>
    </message>
    <message>
        <source>Login URL:</source>
        <translation>ログイン URL:</translation>
    </message>
    <message>
        <source>A name for this org in CXone, e.g. Production EU</source>
        <translation>CXone でのこの組織の名前（例: Production EU）</translation>
    </message>
    <message>
        <source>Salesforce environment:</source>
        <translation>Salesforce 環境:</translation>
    </message>
    <message>
        <source>Organization ID:</source>
        <translation>組織 ID:</translation>
    </message>
    <message>
        <source>The Salesforce administrator&apos;s user name</source>
        <translation>Salesforce 管理者のユーザー名</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>ユーザー名:</translation>
    </message>
    <message>
        <source>The password with the security token appended: for password xyz and token 123, enter xyz123. Not needed when the agent profile allows every login IP address.</source>
        <translation>パスワードの末尾にセキュリティトークンを付加したもの。パスワードが xyz、トークンが 123 の場合は xyz123 と入力します。エージェントのプロファイルですべてのログイン IP アドレスが許可されている場合は不要です。</translation>
    </message>
    <message>
        <source>Password and security token:</source>
        <translation>パスワードとセキュリティトークン:</translation>
    </message>
    <message>
        <source>The connected app&apos;s consumer key</source>
        <translation>接続アプリケーションのコンシューマー鍵</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>クライアント ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>クライアントシークレット:</translation>
    </message>
    <message>
        <source>Receives the adapter&apos;s notifications</source>
        <translation>アダプターの通知の受信先</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>メール:</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Signs in with the user name, password, client ID and client secret above (the username-password flow CXone uses) and shows the org the server reports next to the one typed.</source>
        <translation>上のユーザー名、パスワード、クライアント ID、クライアントシークレットでサインインし（CXone が使用するユーザー名パスワードフロー）、サーバーが返した組織を入力した組織と並べて表示します。</translation>
    </message>
    <message>
        <source>Organization ID typed:</source>
        <translation>入力した組織 ID:</translation>
    </message>
    <message>
        <source>Organization ID of the server:</source>
        <translation>サーバーの組織 ID:</translation>
    </message>
    <message>
        <source>Comparison:</source>
        <translation>比較:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>サインインユーザー:</translation>
    </message>
    <message>
        <source>API usage:</source>
        <translation>API 使用量:</translation>
    </message>
    <message>
        <source>15 or 18 characters starting with 00D. Salesforce shows it under Setup &gt; Company Information &gt; Salesforce.com Organization ID.</source>
        <translation>00D で始まる 15 文字または 18 文字です。Salesforce の [設定] &gt; [組織情報] &gt; [Salesforce.com 組織 ID] に表示されます。</translation>
    </message>
    <message>
        <source>Valid. 18-character form: %1</source>
        <translation>有効です。18 文字形式: %1</translation>
    </message>
    <message>
        <source>This is not an e-mail address. Enter one address, such as admin@example.com.</source>
        <translation>メールアドレスではありません。admin@example.com のように、アドレスを 1 つ入力してください。</translation>
    </message>
    <message>
        <source>Stored. Type to replace it.</source>
        <translation>保管済みです。入力すると置き換えられます。</translation>
    </message>
    <message>
        <source>Not stored yet</source>
        <translation>未保管</translation>
    </message>
    <message>
        <source>The connected app&apos;s consumer secret</source>
        <translation>接続アプリケーションのコンシューマーの秘密</translation>
    </message>
    <message>
        <source>Signing in to Salesforce…</source>
        <translation>Salesforce にサインインしています…</translation>
    </message>
    <message>
        <source>%1 of %2 API requests used in the last 24 hours</source>
        <translation>過去 24 時間の API 要求: %2 件中 %1 件を使用</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>サインインに失敗しました: %1</translation>
    </message>
    <message>
        <source>No org ID typed. Copy the server&apos;s into the Organization ID field.</source>
        <translation>組織 ID が入力されていません。サーバーの組織 ID を [組織 ID] フィールドにコピーしてください。</translation>
    </message>
    <message>
        <source>Signed in. Enter the organization ID to compare.</source>
        <translation>サインインしました。比較するには組織 ID を入力してください。</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>Signed in. These values work for CXone&apos;s account mapping.</source>
        <translation>サインインしました。これらの値は CXone のアカウントの対応付けに使用できます。</translation>
    </message>
    <message>
        <source>Mismatch: this user belongs to another org than the ID typed. Correct the organization ID or the user name.</source>
        <translation>不一致: このユーザーは、入力した ID とは別の組織に属しています。組織 ID またはユーザー名を修正してください。</translation>
    </message>
    <message>
        <source>Signed in, but to another org than the organization ID typed.</source>
        <translation>サインインしましたが、入力した組織 ID とは別の組織にサインインしました。</translation>
    </message>
    <message>
        <source>Sign in with the browser</source>
        <translation>ブラウザーでサインイン</translation>
    </message>
    <message>
        <source>For orgs that block the username-password flow: Syncdesk opens Salesforce&apos;s sign-in page in your browser, you sign in and choose Allow, and the sign-in is kept in the keychain. The connected app&apos;s callback URL must be http://127.0.0.1 (any port) and its OAuth scopes must include api and refresh_token.</source>
        <translation>ユーザー名パスワードフローをブロックしている組織向けです。Syncdesk がブラウザーで Salesforce のサインインページを開くので、サインインして [許可] を選択してください。サインイン情報はキーチェーンに保管されます。接続アプリケーションのコールバック URL は http://127.0.0.1（ポートは任意）にし、OAuth 範囲に api と refresh_token を含める必要があります。</translation>
    </message>
    <message>
        <source>Sign in with browser…</source>
        <translation>ブラウザーでサインイン…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Forget sign-in</source>
        <translation>サインイン情報を削除</translation>
    </message>
    <message>
        <source>Instance URL:</source>
        <translation>インスタンス URL:</translation>
    </message>
    <message>
        <source>The login URL is not a URL. Enter https://login.salesforce.com, https://test.salesforce.com or your My Domain URL.</source>
        <translation>ログイン URL が URL ではありません。https://login.salesforce.com、https://test.salesforce.com、または私のドメインの URL を入力してください。</translation>
    </message>
    <message>
        <source>Enter the connected app&apos;s consumer key as the client ID first.</source>
        <translation>先に、接続アプリケーションのコンシューマー鍵をクライアント ID として入力してください。</translation>
    </message>
    <message>
        <source>Preparing the sign-in…</source>
        <translation>サインインを準備しています…</translation>
    </message>
    <message>
        <source>Waiting for Salesforce… Sign in in the browser window that opened and choose Allow.</source>
        <translation>Salesforce を待っています… 開いたブラウザーのウィンドウでサインインし、[許可] を選択してください。</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in a browser on this computer and choose Allow: %1</source>
        <translation>ブラウザーを開けませんでした。このコンピューターのブラウザーで次のアドレスを開き、[許可] を選択してください: %1</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>サインインをキャンセルしました。</translation>
    </message>
    <message>
        <source>Signed in. Storing the sign-in in %1…</source>
        <translation>サインインしました。サインイン情報を %1 に保管しています…</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in is kept for this session only: %1</source>
        <translation>サインインしましたが、サインイン情報はこのセッションでのみ保持されます: %1</translation>
    </message>
    <message>
        <source>Signed in. Syncdesk uses this sign-in for Salesforce from now on; Forget sign-in goes back to the password.</source>
        <translation>サインインしました。今後、Syncdesk は Salesforce にこのサインイン情報を使用します。[サインイン情報を削除] を押すと、パスワードによるサインインに戻ります。</translation>
    </message>
    <message>
        <source>Salesforce sent no refresh token. Add the refresh_token scope to the connected app and sign in again.</source>
        <translation>Salesforce から更新トークンが送信されませんでした。接続アプリケーションの OAuth 範囲に refresh_token を追加して、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Browser sign-in failed: %1</source>
        <translation>ブラウザーでのサインインに失敗しました: %1</translation>
    </message>
    <message>
        <source>The browser sign-in is forgotten. Verify and the other areas use the user name and password again.</source>
        <translation>ブラウザーでのサインイン情報を削除しました。[検証] とほかの画面では、再びユーザー名とパスワードが使用されます。</translation>
    </message>
</context>
<context>
    <name>syncdesk::SalesforceAccountMappingPage</name>
    <message>
        <source>Map the Salesforce account in CXone</source>
        <translation>CXone で Salesforce アカウントを対応付ける</translation>
    </message>
    <message>
        <source>Enter the Salesforce values CXone&apos;s account mapping asks for and verify them, or sign in with the browser. Skip this step if you do not use Salesforce.</source>
        <translation>CXone のアカウントの対応付けで求められる Salesforce の値を入力して検証するか、ブラウザーでサインインしてください。Salesforce を使用しない場合は、この手順をスキップしてください。</translation>
    </message>
</context>
<context>
    <name>syncdesk::SalesforceApi</name>
    <message>
        <source>Salesforce ended the session and did not accept a new one. Sign in again.</source>
        <translation>Salesforce がセッションを終了し、新しいセッションを受け付けませんでした。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The org has used up its daily API requests. Try again tomorrow, or ask Salesforce for a higher limit.</source>
        <translation>組織の 1 日あたりの API リクエスト数が上限に達しました。明日もう一度お試しいただくか、上限の引き上げを Salesforce に依頼してください。</translation>
    </message>
    <message>
        <source>The org has no such object (%1). Omni-Channel must be enabled for presence statuses and service channels.</source>
        <translation>組織にこのオブジェクト (%1) がありません。プレゼンス状況とサービスチャネルを使用するには、オムニチャネルを有効にする必要があります。</translation>
    </message>
    <message>
        <source>The Salesforce user may not do this: %1</source>
        <translation>Salesforce ユーザーにはこの操作の権限がありません: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Salesforce answered the query with something Syncdesk cannot read.</source>
        <translation>Salesforce からのクエリの応答を Syncdesk で読み取れませんでした。</translation>
    </message>
    <message>
        <source>Salesforce&apos;s user info names no organization. Check the login URL.</source>
        <translation>Salesforce のユーザー情報に組織が含まれていません。ログイン URL を確認してください。</translation>
    </message>
</context>
<context>
    <name>syncdesk::SalesforceArea</name>
    <message>
        <source>Salesforce</source>
        <translation>Salesforce</translation>
    </message>
    <message>
        <source>No profile is open. Choose or create one in the setup guide.</source>
        <translation>プロファイルが開かれていません。セットアップガイドでプロファイルを選択するか、作成してください。</translation>
    </message>
    <message>
        <source>Open Setup Guide</source>
        <translation>セットアップガイドを開く</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <source>Account mapping</source>
        <translation>アカウントの対応付け</translation>
    </message>
    <message>
        <source>Do these steps in Salesforce and CXone in this order; tick each one when it is done. Ticks are saved in the profile. Values in boxes are typed exactly as shown: copy them.</source>
        <translation>Salesforce と CXone で、次の手順をこの順序で行ってください。完了した手順にはチェックを付けます。チェックはプロファイルに保存されます。ボックス内の値は表示どおり正確に入力する必要があるため、コピーして使用してください。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Steps done: %1 of %2</source>
        <translation>完了した手順: %1/%2</translation>
    </message>
    <message>
        <source>Salesforce: prerequisites, connected app and account mapping</source>
        <translation>Salesforce: 前提条件、接続アプリケーション、アカウントの対応付け</translation>
    </message>
    <message>
        <source>Salesforce pages</source>
        <translation>Salesforce のページ</translation>
    </message>
</context>
<context>
    <name>syncdesk::SalesforceAuth</name>
    <message>
        <source>Enter the Salesforce login URL: https://login.salesforce.com for production, https://test.salesforce.com for a sandbox, or your My Domain URL.</source>
        <translation>Salesforce のログイン URL を入力してください。本番組織の場合は https://login.salesforce.com、サンドボックス組織の場合は https://test.salesforce.com、または私のドメインの URL です。</translation>
    </message>
    <message>
        <source>Enter the consumer key and consumer secret of the connected app, the Salesforce user name and the password with the security token appended first.</source>
        <translation>先に、接続アプリケーションのコンシューマー鍵とコンシューマーの秘密、Salesforce のユーザー名、およびセキュリティトークンを末尾に付けたパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Salesforce answered the sign-in without an access token or instance URL. Check the login URL.</source>
        <translation>Salesforce からサインインの応答がありましたが、アクセストークンまたはインスタンス URL が含まれていませんでした。ログイン URL を確認してください。</translation>
    </message>
    <message>
        <source>Salesforce does not know this consumer key. Copy it again from the connected app (Setup &gt; App Manager &gt; View &gt; Manage Consumer Details); a new app can take up to 10 minutes before it works.</source>
        <translation>Salesforce はこのコンシューマー鍵を認識していません。接続アプリケーションからもう一度コピーしてください（[設定] &gt; [アプリケーションマネージャー] &gt; [参照] &gt; [コンシューマーの詳細を管理]）。新しいアプリケーションが使用可能になるまで最大 10 分かかることがあります。</translation>
    </message>
    <message>
        <source>Salesforce rejected the consumer secret. Copy it again from the connected app (Setup &gt; App Manager &gt; View &gt; Manage Consumer Details).</source>
        <translation>Salesforce がコンシューマーの秘密を拒否しました。接続アプリケーションからもう一度コピーしてください（[設定] &gt; [アプリケーションマネージャー] &gt; [参照] &gt; [コンシューマーの詳細を管理]）。</translation>
    </message>
    <message>
        <source>Salesforce no longer accepts the stored sign-in (the refresh token expired or was revoked). Sign in with the browser again.</source>
        <translation>保存されているサインイン情報を Salesforce が受け付けなくなりました（更新トークンの有効期限が切れたか、取り消されました）。もう一度ブラウザーでサインインしてください。</translation>
    </message>
    <message>
        <source>Salesforce refused the sign-in with user name and password (authentication failure) at %1. Either the user name or the password with the security token appended is wrong, or the org blocks this sign-in method (the default for orgs created since Summer &apos;23). An administrator can allow it under Setup &gt; OAuth and OpenID Connect Settings &gt; &quot;Allow OAuth Username-Password Flows&quot;; or use the browser sign-in instead. Login History shows which of the two it was.</source>
        <translation>Salesforce が %1 でのユーザー名とパスワードによるサインインを拒否しました（認証エラー）。ユーザー名またはセキュリティトークンを末尾に付けたパスワードが間違っているか、組織がこのサインイン方法をブロックしています（Summer &apos;23 以降に作成された組織の既定値）。管理者は [設定] &gt; [OAuth および OpenID Connect 設定] &gt; [OAuth ユーザー名パスワードフローを許可] で許可できます。または、代わりにブラウザーでサインインしてください。どちらが原因かは [ログイン履歴] で確認できます。</translation>
    </message>
    <message>
        <source>Salesforce does not allow this sign-in method for the connected app. Check the app&apos;s OAuth settings, or use the browser sign-in.</source>
        <translation>Salesforce では、この接続アプリケーションでのこのサインイン方法が許可されていません。アプリケーションの OAuth 設定を確認するか、ブラウザーでサインインしてください。</translation>
    </message>
</context>
<context>
    <name>syncdesk::SalesforceBrowserLogin</name>
    <message>
        <source>The Salesforce sign-in did not finish within %1 minutes. Start it again and allow access in the browser window that opens; if no window opened, copy the address shown into a browser.</source>
        <translation>Salesforce へのサインインが %1 分以内に完了しませんでした。もう一度開始し、開いたブラウザーウィンドウでアクセスを許可してください。ウィンドウが開かない場合は、表示されたアドレスをブラウザーにコピーしてください。</translation>
    </message>
    <message>
        <source>Enter the Salesforce login URL: https://login.salesforce.com for production, https://test.salesforce.com for a sandbox, or your My Domain URL.</source>
        <translation>Salesforce のログイン URL を入力してください。本番組織の場合は https://login.salesforce.com、サンドボックス組織の場合は https://test.salesforce.com、または私のドメインの URL です。</translation>
    </message>
    <message>
        <source>Enter the consumer key of the connected app first (Setup &gt; App Manager &gt; View &gt; Manage Consumer Details).</source>
        <translation>先に接続アプリケーションのコンシューマー鍵を入力してください（[設定] &gt; [アプリケーションマネージャー] &gt; [参照] &gt; [コンシューマーの詳細を管理]）。</translation>
    </message>
    <message>
        <source>Syncdesk could not listen on 127.0.0.1 port %1 for the answer from Salesforce: another program uses it. Close that program, or use another port and enter http://127.0.0.1:PORT/ as callback URL in the connected app.</source>
        <translation>Syncdesk は、Salesforce からの応答を受け取るために 127.0.0.1 のポート %1 で待ち受けできませんでした。別のプログラムがこのポートを使用しています。そのプログラムを終了するか、別のポートを使用し、接続アプリケーションのコールバック URL に http://127.0.0.1:PORT/ を入力してください。</translation>
    </message>
    <message>
        <source>The answer that reached Syncdesk does not belong to this sign-in (the state does not match). Start the sign-in again from Syncdesk.</source>
        <translation>Syncdesk に届いた応答は、このサインインのものではありません（state が一致しません）。Syncdesk からもう一度サインインを開始してください。</translation>
    </message>
    <message>
        <source>Access was denied in the Salesforce consent page. Start the sign-in again and choose Allow.</source>
        <translation>Salesforce の同意ページでアクセスが拒否されました。もう一度サインインを開始し、[許可] を選択してください。</translation>
    </message>
    <message>
        <source>Salesforce refused the sign-in: %1. Check the connected app&apos;s consumer key, its callback URL (%2) and that PKCE is allowed.</source>
        <translation>Salesforce がサインインを拒否しました: %1。接続アプリケーションのコンシューマー鍵、コールバック URL（%2）、および PKCE が許可されていることを確認してください。</translation>
    </message>
    <message>
        <source>There is no Salesforce sign-in to renew. Sign in with the browser first.</source>
        <translation>更新する Salesforce のサインインがありません。先にブラウザーでサインインしてください。</translation>
    </message>
    <message>
        <source>Syncdesk could not reach %1 to finish the sign-in: %2. Check the network and start the sign-in again.</source>
        <translation>Syncdesk は、サインインを完了するために %1 に接続できませんでした: %2。ネットワークを確認し、もう一度サインインを開始してください。</translation>
    </message>
    <message>
        <source>Salesforce rejected the connected app&apos;s consumer key or secret. Copy them again from Setup &gt; App Manager &gt; View &gt; Manage Consumer Details.</source>
        <translation>Salesforce が接続アプリケーションのコンシューマー鍵またはコンシューマーの秘密を拒否しました。[設定] &gt; [アプリケーションマネージャー] &gt; [参照] &gt; [コンシューマーの詳細を管理] からもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>Salesforce did not accept the sign-in (%1). Start the sign-in again; if it fails again, check that the connected app allows PKCE and that the callback URL matches.</source>
        <translation>Salesforce がサインインを受け付けませんでした（%1）。もう一度サインインを開始してください。再度失敗する場合は、接続アプリケーションで PKCE が許可されていること、およびコールバック URL が一致していることを確認してください。</translation>
    </message>
    <message>
        <source>Salesforce answered the sign-in without an access token or instance URL. Check the login URL.</source>
        <translation>Salesforce からサインインの応答がありましたが、アクセストークンまたはインスタンス URL が含まれていませんでした。ログイン URL を確認してください。</translation>
    </message>
</context>
<context>
    <name>syncdesk::SalesforceConnectionCheck</name>
    <message>
        <source>Verify signs in with the user name and the password + security token, as CXone will. Enter the password and the security token, then verify again.</source>
        <translation>検証では、CXone と同様にユーザー名とパスワード + セキュリティトークンでサインインします。パスワードとセキュリティトークンを入力してから、もう一度検証してください。</translation>
    </message>
</context>
<context>
    <name>syncdesk::SalesforceSandbox</name>
    <message>
        <source>The Salesforce sandbox could not listen on %1 port %2. The port may already be in use.</source>
        <translation>Salesforce サンドボックスが %1 のポート %2 で待ち受けできませんでした。ポートが既に使用されている可能性があります。</translation>
    </message>
</context>
<context>
    <name>syncdesk::SandboxEventSimulator</name>
    <message>
        <source>only http:// addresses are supported</source>
        <translation>http:// のアドレスのみサポートされています</translation>
    </message>
    <message>
        <source>the receiver is not keeping up (%1 events waiting)</source>
        <translation>受信側の処理が追いついていません（%1 件のイベントが待機中）</translation>
    </message>
    <message numerus="yes">
        <source>Simulated webhooks not delivered to %1: %n (%2)</source>
        <translation>
            <numerusform>%1 に配信されなかった模擬 Webhook: %n 件（%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>the receiver answered HTTP %1</source>
        <translation>受信側が HTTP %1 を返しました</translation>
    </message>
</context>
<context>
    <name>syncdesk::SecretAccess</name>
    <message>
        <source>%1 has not answered yet. An unlock or password prompt may be open: answer it, then choose Retry, or Cancel to go on without it.</source>
        <translation>%1 からまだ応答がありません。ロック解除またはパスワードの入力画面が開いている可能性があります。入力してから [再試行] を選択するか、[キャンセル] を選択してシークレットなしで続行してください。</translation>
    </message>
    <message>
        <source>Cancelled: %1 did not answer, so the secret was not read.</source>
        <translation>キャンセルしました: %1 から応答がなかったため、シークレットは読み込まれませんでした。</translation>
    </message>
    <message>
        <source>%1 did not answer, so the secret was not stored.</source>
        <translation>%1 から応答がなかったため、シークレットは保存されませんでした。</translation>
    </message>
</context>
<context>
    <name>syncdesk::SecretEdit</name>
    <message>
        <source>Hide</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Hide the value</source>
        <translation>値を非表示にする</translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation>値を表示する</translation>
    </message>
    <message>
        <source>Shows or hides the secret as it is typed</source>
        <translation>入力中のシークレットを表示または非表示にします。</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 を表示</translation>
    </message>
</context>
<context>
    <name>syncdesk::SettingsDialog</name>
    <message>
        <source>Debug</source>
        <translation>デバッグ</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>NICE CXone ACD sign-in and requests</source>
        <translation>NICE CXone ACD へのサインインとリクエスト</translation>
    </message>
    <message>
        <source>Live event monitor: webhooks and WebSocket</source>
        <translation>ライブイベントモニター: Webhook と WebSocket</translation>
    </message>
    <message>
        <source>Network requests and responses</source>
        <translation>ネットワークのリクエストとレスポンス</translation>
    </message>
    <message>
        <source>Profiles: opening, saving, drafts</source>
        <translation>プロファイル: 開く、保存、下書き</translation>
    </message>
    <message>
        <source>Salesforce sign-in and requests</source>
        <translation>Salesforce へのサインインとリクエスト</translation>
    </message>
    <message>
        <source>The sandbox&apos;s simulated services</source>
        <translation>サンドボックスの模擬サービス</translation>
    </message>
    <message>
        <source>System keychain access (never the secrets themselves)</source>
        <translation>システムのキーチェーンへのアクセス（シークレット自体は記録しません）</translation>
    </message>
    <message>
        <source>The console&apos;s windows</source>
        <translation>コンソールのウィンドウ</translation>
    </message>
    <message>
        <source>Zoom sign-in and API requests</source>
        <translation>Zoom へのサインインと API リクエスト</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>The language changes the next time Syncdesk starts. The --lang option overrides it for one run.</source>
        <translation>言語は Syncdesk の次回起動時に切り替わります。--lang オプションを指定すると、その実行に限りこの設定より優先されます。</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>表示言語(&amp;I):</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>How much each part of Syncdesk writes to its log. Choose Debug only while you look into a problem: it writes much more. Logs are always redacted: secrets never reach the log file.</source>
        <translation>Syncdesk の各部分がログに出力する量です。デバッグは出力量が大幅に増えるため、問題を調査する間だけ選択してください。ログは常に機密情報が除去され、シークレットがログファイルに記録されることはありません。</translation>
    </message>
    <message>
        <source>Log level of each category</source>
        <translation>カテゴリごとのログレベル</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Log level of %1</source>
        <translation>%1 のログレベル</translation>
    </message>
    <message>
        <source>&amp;Reset Log Levels</source>
        <translation>ログレベルをリセット(&amp;R)</translation>
    </message>
    <message>
        <source>Reset log levels to their defaults</source>
        <translation>ログレベルを既定値に戻す</translation>
    </message>
    <message>
        <source>Restart Syncdesk in the chosen language</source>
        <translation>選択した言語で Syncdesk を再起動</translation>
    </message>
    <message>
        <source>Closes Syncdesk (asking about unsaved changes) and starts it again in the chosen language.</source>
        <translation>Syncdesk を閉じ（未保存の変更があれば確認します）、選択した言語で再起動します。</translation>
    </message>
    <message>
        <source>Restart &amp;Now</source>
        <translation>今すぐ再起動(&amp;N)</translation>
    </message>
</context>
<context>
    <name>syncdesk::SetupController</name>
    <message>
        <source>Reading the client secret from %1…</source>
        <translation>%1からクライアントシークレットを読み込んでいます…</translation>
    </message>
    <message>
        <source>No client secret is stored for this profile. Enter it and test again.</source>
        <translation>このプロファイルにはクライアントシークレットが保存されていません。入力してから、もう一度テストしてください。</translation>
    </message>
</context>
<context>
    <name>syncdesk::SetupGuideArea</name>
    <message>
        <source>Setup guide</source>
        <translation>セットアップガイド</translation>
    </message>
    <message>
        <source>Step by step: choose a profile, register the Zoom app, connect Zoom and the ACD, map the Zoom account</source>
        <translation>手順に沿って設定: プロファイルの選択、Zoom アプリの登録、Zoom と ACD の接続、Zoom アカウントの対応付け</translation>
    </message>
</context>
<context>
    <name>syncdesk::SetupWizard</name>
    <message>
        <source>Save and finish</source>
        <translation>保存して完了</translation>
    </message>
</context>
<context>
    <name>syncdesk::WebhookReceiver</name>
    <message>
        <source>The webhook path must start with &quot;/&quot; (for example /webhook) and at least one connection must be allowed. Check the monitor settings.</source>
        <translation>Webhook のパスは &quot;/&quot; で始まる必要があり（例: /webhook）、1 つ以上の接続を許可する必要があります。モニター設定を確認してください。</translation>
    </message>
    <message>
        <source>Cannot receive webhooks on %1: the port is already in use. Choose another port in the monitor settings, or stop the program that uses it.</source>
        <translation>%1 で Webhook を受信できません: ポートは既に使用されています。モニター設定で別のポートを選択するか、そのポートを使用しているプログラムを停止してください。</translation>
    </message>
    <message>
        <source>Cannot receive webhooks on %1: permission denied. Ports below 1024 need administrator rights; choose a port above 1024 in the monitor settings.</source>
        <translation>%1 で Webhook を受信できません: アクセスが拒否されました。1024 未満のポートには管理者権限が必要です。モニター設定で 1024 以上のポートを選択してください。</translation>
    </message>
    <message>
        <source>Cannot receive webhooks on %1: this computer has no such address. Choose 127.0.0.1 (this computer only) or 0.0.0.0 (all networks) in the monitor settings.</source>
        <translation>%1 で Webhook を受信できません: このコンピューターにはそのアドレスがありません。モニター設定で 127.0.0.1（このコンピューターのみ）または 0.0.0.0（すべてのネットワーク）を選択してください。</translation>
    </message>
    <message>
        <source>Cannot receive webhooks on %1. Check the address and port in the monitor settings.</source>
        <translation>%1 で Webhook を受信できません。モニター設定のアドレスとポートを確認してください。</translation>
    </message>
    <message>
        <source>The timestamp tolerance must be at least 1 second (Zoom recommends 300). To accept signed requests of any age, for example to replay old captures, switch the timestamp check off explicitly.</source>
        <translation>タイムスタンプの許容範囲は 1 秒以上にする必要があります（Zoom の推奨値は 300 秒）。古いキャプチャを再生する場合など、古さに関係なく署名付きリクエストを受け入れるには、タイムスタンプのチェックを明示的にオフにしてください。</translation>
    </message>
</context>
<context>
    <name>syncdesk::WelcomePage</name>
    <message>
        <source>Welcome to Syncdesk</source>
        <translation>Syncdesk へようこそ</translation>
    </message>
    <message>
        <source>Syncdesk icon</source>
        <translation>Syncdesk のアイコン</translation>
    </message>
    <message>
        <source>Set up and check the integrations between Zoom, NICE CXone and Salesforce, and watch their events live.</source>
        <translation>Zoom、NICE CXone、Salesforce 間の連携を設定・確認し、そのイベントをリアルタイムで監視できます。</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>システムの言語（%1）</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>How do you want to begin?</source>
        <translation>どのように始めますか？</translation>
    </message>
    <message>
        <source>Try it on the sandbox</source>
        <translation>サンドボックスで試す</translation>
    </message>
    <message>
        <source>Explore every area with a simulated Zoom account, CXone ACD and Salesforce org, and watch a simulated team&apos;s events arrive. Nothing leaves this computer and no account is needed.</source>
        <translation>模擬の Zoom アカウント、CXone ACD、Salesforce 組織ですべての画面を試し、模擬チームのイベントが届く様子を確認できます。データがこのコンピューターの外に送信されることはなく、アカウントも不要です。</translation>
    </message>
    <message>
        <source>Set up my integration</source>
        <translation>連携を設定する</translation>
    </message>
    <message>
        <source>The setup guide walks you through a profile, the Zoom app and its credentials, the CXone ACD connection and the Salesforce mapping, checking each step.</source>
        <translation>セットアップガイドが、プロファイル、Zoom アプリとその認証情報、CXone ACD の接続、Salesforce の対応付けを、手順ごとに確認しながら案内します。</translation>
    </message>
    <message>
        <source>Where your profiles are kept</source>
        <translation>プロファイルの保存場所</translation>
    </message>
    <message>
        <source>Profile folder</source>
        <translation>プロファイルフォルダー</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>フォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the profile folder</source>
        <translation>プロファイルフォルダーを開く</translation>
    </message>
    <message>
        <source>Profiles hold settings only. Client secrets, passwords and tokens are kept in the system keychain, never in this folder, so a profile can be copied or shared safely.</source>
        <translation>プロファイルには設定のみが保存されます。クライアントシークレット、パスワード、トークンはこのフォルダーではなくシステムのキーチェーンに保管されるため、プロファイルは安全にコピーや共有ができます。</translation>
    </message>
    <message>
        <source>&amp;Skip for Now</source>
        <translation>今はスキップ(&amp;S)</translation>
    </message>
    <message>
        <source>Skip the welcome page</source>
        <translation>ようこそページをスキップ</translation>
    </message>
    <message>
        <source>You can come back here from Help → Welcome.</source>
        <translation>[ヘルプ] → [ようこそ] でいつでもこのページに戻れます。</translation>
    </message>
    <message>
        <source>Syncdesk uses %1 from the next start.</source>
        <translation>次回の起動から %1 で表示されます。</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>今すぐ再起動(&amp;R)</translation>
    </message>
    <message>
        <source>Restart Syncdesk in the chosen language</source>
        <translation>選択した言語で Syncdesk を再起動</translation>
    </message>
    <message>
        <source>Closes Syncdesk (asking about unsaved changes) and starts it again in the chosen language, with this page.</source>
        <translation>Syncdesk を閉じ（未保存の変更があれば確認します）、選択した言語で再起動してこのページを開きます。</translation>
    </message>
</context>
<context>
    <name>syncdesk::ZoomApi</name>
    <message>
        <source>Zoom did not accept the access token. If this repeats, the app may have been deactivated or its credentials regenerated; check the app in the Marketplace.</source>
        <translation>Zoom がアクセストークンを受け入れませんでした。繰り返し発生する場合は、アプリのアクティベートが解除されたか、認証情報が再生成された可能性があります。Marketplace でアプリを確認してください。</translation>
    </message>
    <message>
        <source>Zoom has no such user: %1</source>
        <translation>Zoom に該当するユーザーがいません: %1</translation>
    </message>
    <message>
        <source>The page token expired (Zoom keeps them 15 minutes). Start the listing again.</source>
        <translation>ページトークンの有効期限が切れました（Zoom での保持期間は 15 分です）。一覧の取得を最初からやり直してください。</translation>
    </message>
    <message>
        <source>The app lacks a scope for this request: %1. Add it on the app&apos;s Scopes page, then save and test again.</source>
        <translation>アプリにこのリクエストに必要なスコープがありません: %1。アプリの [Scopes] ページで追加して保存してから、もう一度テストしてください。</translation>
    </message>
    <message>
        <source>Zoom answered with data Syncdesk cannot read. Check the API URL.</source>
        <translation>Zoom から Syncdesk で読み取れないデータが返されました。API URL を確認してください。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
</context>
<context>
    <name>syncdesk::ZoomAppChecklistEditor</name>
    <message>
        <source>What is this Zoom app for?</source>
        <translation>この Zoom アプリの用途</translation>
    </message>
    <message>
        <source>Zoom needs a separate event subscription for each of them. The event list below shows what to select for the ticked ones.</source>
        <translation>Zoom では、用途ごとに個別のイベントサブスクリプションが必要です。下のイベント一覧に、チェックを付けた用途で選択するイベントが表示されます。</translation>
    </message>
    <message>
        <source>Tick at least one to see which events to select.</source>
        <translation>選択するイベントを表示するには、1 つ以上にチェックを付けてください。</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>アカウント ID:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>クライアント ID:</translation>
    </message>
    <message>
        <source>You can paste them here or with the credentials; both places show the same values.</source>
        <translation>ここか認証情報のページに貼り付けてください。どちらにも同じ値が表示されます。</translation>
    </message>
    <message>
        <source>Event notification endpoint URL</source>
        <translation>イベント通知エンドポイント URL</translation>
    </message>
    <message>
        <source>Events for %1</source>
        <translation>%1 のイベント</translation>
    </message>
    <message>
        <source>Copy event names</source>
        <translation>イベント名をコピー</translation>
    </message>
    <message>
        <source>Copies the event names, one per line</source>
        <translation>イベント名を 1 行に 1 つずつコピーします</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Classic name</source>
        <translation>クラシック名</translation>
    </message>
    <message>
        <source>Granular names</source>
        <translation>グラニュラー名</translation>
    </message>
    <message>
        <source>Copy classic names</source>
        <translation>クラシック名をコピー</translation>
    </message>
    <message>
        <source>Copy granular names</source>
        <translation>グラニュラー名をコピー</translation>
    </message>
    <message>
        <source>Enter the account ID in step %1 or with the credentials to get the exact URL.</source>
        <translation>正確な URL を表示するには、手順 %1 または認証情報のページでアカウント ID を入力してください。</translation>
    </message>
    <message>
        <source>Enter the account ID with the credentials to get the exact URL.</source>
        <translation>正確な URL を表示するには、認証情報のページでアカウント ID を入力してください。</translation>
    </message>
    <message>
        <source>Built from the account ID %1.</source>
        <translation>アカウント ID %1 から生成しました。</translation>
    </message>
    <message>
        <source>Steps done: %1 of %2</source>
        <translation>完了した手順: %1/%2</translation>
    </message>
    <message>
        <source>Complete the ACD account mapping sheet</source>
        <translation>ACD のアカウント対応付けシートを完了する</translation>
    </message>
    <message>
        <source>Locked: Zoom can validate this URL only after the Zoom account is mapped in CXone. %1 first.</source>
        <translation>ロック中: Zoom がこの URL を検証できるのは、CXone で Zoom アカウントを対応付けた後です。先に %1必要があります。</translation>
    </message>
</context>
<context>
    <name>syncdesk::ZoomAppChecklistPage</name>
    <message>
        <source>Register the Zoom app</source>
        <translation>Zoom アプリの登録</translation>
    </message>
    <message>
        <source>Follow these steps in the Zoom App Marketplace. Tick each step when it is done; your progress is saved with the profile.</source>
        <translation>Zoom App Marketplace で次の手順を実行してください。完了した手順にはチェックを付けてください。進捗はプロファイルに保存されます。</translation>
    </message>
</context>
<context>
    <name>syncdesk::ZoomArea</name>
    <message>
        <source>Zoom app</source>
        <translation>Zoom アプリ</translation>
    </message>
    <message>
        <source>No profile is open. Choose or create one in the setup guide.</source>
        <translation>プロファイルが開かれていません。セットアップガイドでプロファイルを選択するか、作成してください。</translation>
    </message>
    <message>
        <source>Open Setup Guide</source>
        <translation>セットアップガイドを開く</translation>
    </message>
    <message>
        <source>Credentials and connection</source>
        <translation>認証情報と接続</translation>
    </message>
    <message>
        <source>App registration</source>
        <translation>アプリの登録</translation>
    </message>
    <message>
        <source>Credentials, connection test and Marketplace registration of the Zoom app</source>
        <translation>Zoom アプリの認証情報、接続テスト、Marketplace への登録</translation>
    </message>
    <message>
        <source>Zoom app pages</source>
        <translation>Zoom アプリのページ</translation>
    </message>
</context>
<context>
    <name>syncdesk::ZoomAuth</name>
    <message>
        <source>Enter the account ID, client ID and client secret of your Server-to-Server OAuth app first.</source>
        <translation>先に Server-to-Server OAuth アプリのアカウント ID、クライアント ID、クライアントシークレットを入力してください。</translation>
    </message>
    <message>
        <source>The token endpoint answered, but not with an access token. Check that the OAuth URL points to Zoom (https://zoom.us).</source>
        <translation>トークンエンドポイントから応答がありましたが、アクセストークンが含まれていませんでした。OAuth URL が Zoom (https://zoom.us) を指していることを確認してください。</translation>
    </message>
    <message>
        <source>Zoom rejected the client ID or client secret. Copy both again from the app&apos;s App Credentials page (regenerating the secret invalidates the old one).</source>
        <translation>Zoom がクライアント ID またはクライアントシークレットを拒否しました。アプリの [App Credentials] ページから両方をもう一度コピーしてください（シークレットを再生成すると、古いシークレットは無効になります）。</translation>
    </message>
    <message>
        <source>These credentials do not belong to a Server-to-Server OAuth app. Create an app of type &quot;Server-to-Server OAuth&quot; in the Zoom App Marketplace and use its credentials.</source>
        <translation>この認証情報は Server-to-Server OAuth アプリのものではありません。Zoom App Marketplace で「Server-to-Server OAuth」タイプのアプリを作成し、その認証情報を使用してください。</translation>
    </message>
    <message>
        <source>Zoom rejected the request: %1. Check the account ID; it is shown on the app&apos;s App Credentials page.</source>
        <translation>Zoom がリクエストを拒否しました: %1。アカウント ID を確認してください。アカウント ID はアプリの [App Credentials] ページに表示されています。</translation>
    </message>
</context>
<context>
    <name>syncdesk::ZoomConnectionCheck</name>
    <message>
        <source>Requesting an access token from %1…</source>
        <translation>%1 にアクセストークンを要求しています…</translation>
    </message>
    <message>
        <source>Token received. Counting users on %1…</source>
        <translation>トークンを受信しました。%1 のユーザー数を数えています…</translation>
    </message>
</context>
<context>
    <name>syncdesk::ZoomCredentialsEditor</name>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>This profile uses the built-in sandbox, a simulated Zoom account inside Syncdesk. Its demo credentials are already filled in.</source>
        <translation>このプロファイルでは、Syncdesk 内の模擬 Zoom アカウントである内蔵サンドボックスを使用します。デモ用の認証情報は入力済みです。</translation>
    </message>
    <message>
        <source>App credentials</source>
        <translation>アプリの認証情報</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>アカウント ID:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>クライアント ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>クライアントシークレット:</translation>
    </message>
    <message>
        <source>Secret token:</source>
        <translation>シークレットトークン:</translation>
    </message>
    <message>
        <source>Advanced: Zoom addresses</source>
        <translation>詳細設定: Zoom のアドレス</translation>
    </message>
    <message>
        <source>Use the regional API host that Zoom names in the token</source>
        <translation>トークンで Zoom が指定するリージョンの API ホストを使用する</translation>
    </message>
    <message>
        <source>OAuth URL:</source>
        <translation>OAuth URL:</translation>
    </message>
    <message>
        <source>API URL:</source>
        <translation>API URL:</translation>
    </message>
    <message>
        <source>Change these only for Zoom for Government or a test server.</source>
        <translation>Zoom for Government またはテストサーバーを使用する場合にのみ変更してください。</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>Requests a token with these credentials, compares the granted scopes with the five required ones and counts the account&apos;s users. Nothing is changed in Zoom.</source>
        <translation>この認証情報でトークンを要求し、付与されたスコープを必要な 5 つのスコープと照合して、アカウントのユーザー数を数えます。Zoom 側では何も変更されません。</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>API host:</source>
        <translation>API ホスト:</translation>
    </message>
    <message>
        <source>Active users:</source>
        <translation>アクティブユーザー数:</translation>
    </message>
    <message>
        <source>Zoom Phone users:</source>
        <translation>Zoom Phone ユーザー数:</translation>
    </message>
    <message>
        <source>Token valid until:</source>
        <translation>トークンの有効期限:</translation>
    </message>
    <message>
        <source>Some required scopes are missing. In the Zoom App Marketplace, open your app, go to Scopes, add each scope marked as missing below (classic or granular names, whichever your Marketplace shows), save, and test again.</source>
        <translation>必要なスコープの一部が不足しています。Zoom App Marketplace でアプリを開いて [Scopes] に移動し、下で「不足」と表示されている各スコープを追加して（クラシック名とグラニュラー名のうち、Marketplace に表示される方を使用）保存してから、もう一度テストしてください。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Classic name</source>
        <translation>クラシック名</translation>
    </message>
    <message>
        <source>Granular names</source>
        <translation>グラニュラー名</translation>
    </message>
    <message>
        <source>Not stored yet. It is stored when you leave the field.</source>
        <translation>まだ保存されていません。フィールドから移動すると保存されます。</translation>
    </message>
    <message>
        <source>Used for this session only, because the keychain is unavailable.</source>
        <translation>キーチェーンを利用できないため、このセッションでのみ使用されます。</translation>
    </message>
    <message>
        <source>Stored in %1.</source>
        <translation>%1 に保存されています。</translation>
    </message>
    <message>
        <source>Not stored yet.</source>
        <translation>まだ保存されていません。</translation>
    </message>
    <message>
        <source>Stored. Type a new value to replace it.</source>
        <translation>保存済みです。置き換えるには新しい値を入力してください。</translation>
    </message>
    <message>
        <source>%1 Until then, the secrets you enter are used for this session only and are not saved.</source>
        <translation>%1それまでは、入力したシークレットはこのセッションでのみ使用され、保存されません。</translation>
    </message>
    <message>
        <source>Built-in sandbox (%1)</source>
        <translation>内蔵サンドボックス (%1)</translation>
    </message>
    <message>
        <source>The sandbox runs inside Syncdesk on this computer; its addresses are set automatically.</source>
        <translation>サンドボックスはこのコンピューター上の Syncdesk 内で動作します。アドレスは自動的に設定されます。</translation>
    </message>
    <message>
        <source>Starting the test…</source>
        <translation>テストを開始しています…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>テストをキャンセルしました。</translation>
    </message>
    <message>
        <source>Finished in %1 s.</source>
        <translation>%1 秒で完了しました。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP ステータス: %1</translation>
    </message>
    <message>
        <source>Zoom error code: %1</source>
        <translation>Zoom エラーコード: %1</translation>
    </message>
    <message>
        <source>Connected. Zoom accepted the credentials and granted all required scopes.</source>
        <translation>接続しました。Zoom は認証情報を受け入れ、必要なスコープをすべて付与しました。</translation>
    </message>
    <message>
        <source>Connected, but some required scopes are missing. See the list below.</source>
        <translation>接続しましたが、必要なスコープの一部が不足しています。下の一覧を確認してください。</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Unknown, because the phone scope is missing</source>
        <translation>不明（電話のスコープが不足しているため）</translation>
    </message>
    <message>
        <source>Unknown; the account may not have Zoom Phone</source>
        <translation>不明（アカウントで Zoom Phone が利用できない可能性があります）</translation>
    </message>
    <message>
        <source>%1 (in %2 min)</source>
        <translation>%1（あと %2 分）</translation>
    </message>
    <message>
        <source>✓ Granted</source>
        <translation>✓ 付与済み</translation>
    </message>
    <message>
        <source>✗ Missing</source>
        <translation>✗ 不足</translation>
    </message>
    <message>
        <source>You find these on the App Credentials page of your app in the Zoom App Marketplace; the secret token is on its Feature page, next to the event subscription.</source>
        <translation>これらは Zoom App Marketplace のアプリの「App Credentials」ページにあります。シークレットトークンは「機能」ページのイベントサブスクリプションの横にあります。</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Each scope the Zoom app needs and whether Zoom granted it</source>
        <translation>Zoom アプリに必要な各スコープと、Zoom によって付与されたかどうかです。</translation>
    </message>
</context>
<context>
    <name>syncdesk::ZoomCredentialsPage</name>
    <message>
        <source>Connect to Zoom</source>
        <translation>Zoom への接続</translation>
    </message>
    <message>
        <source>Enter the values from your Server-to-Server OAuth app, then test the connection.</source>
        <translation>Server-to-Server OAuth アプリの値を入力してから、接続をテストしてください。</translation>
    </message>
</context>
<context>
    <name>syncdesk::ZoomSandbox</name>
    <message>
        <source>The Zoom sandbox could not listen on %1 port %2. The port may already be in use.</source>
        <translation>Zoom サンドボックスが %1 のポート %2 で待ち受けできませんでした。ポートが既に使用されている可能性があります。</translation>
    </message>
</context>
<context>
    <name>syncdesk::ZoomWebSocketSource</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>No access token for the WebSocket: %1</source>
        <translation>WebSocket 用のアクセストークンがありません: %1</translation>
    </message>
    <message>
        <source>WebSocket reconnected</source>
        <translation>WebSocket が再接続されました</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>%1 に接続しました</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>接続が閉じられました。</translation>
    </message>
    <message>
        <source>The connection was closed: %1</source>
        <translation>接続が閉じられました: %1</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>%1 に接続できませんでした: %2</translation>
    </message>
    <message>
        <source>Zoom rejected the access token; reconnecting with a new one.</source>
        <translation>Zoom がアクセストークンを拒否しました。新しいトークンで再接続します。</translation>
    </message>
    <message>
        <source>%1 Reconnecting in %2 s.</source>
        <translation>%1 %2 秒後に再接続します。</translation>
    </message>
    <message>
        <source>Nothing received for %1 s.</source>
        <translation>%1 秒間、何も受信していません。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>Zoom refused the WebSocket&apos;s access token twice in a row, a new one too, so the WebSocket has stopped. Check that the Server-to-Server OAuth app is activated, that its event subscription uses the WebSocket method with this subscription ID, and that the account ID and client ID belong to it; then connect again.</source>
        <translation>Zoom が WebSocket のアクセストークンを 2 回続けて拒否したため（新しいトークンも拒否されました）、WebSocket を停止しました。Server-to-Server OAuth アプリがアクティベートされていること、そのイベントサブスクリプションがこのサブスクリプション ID で WebSocket 方式を使用していること、アカウント ID とクライアント ID がそのアプリのものであることを確認してから、もう一度接続してください。</translation>
    </message>
    <message>
        <source>No answer from %1.</source>
        <translation>%1 から応答がありません。</translation>
    </message>
</context>
<context>
    <name>syncdeskctl</name>
    <message>
        <source>Read settings from profile FILE (secret from the keychain).</source>
        <translation>プロファイル FILE から設定を読み込みます（シークレットはキーチェーンから取得）。</translation>
    </message>
    <message>
        <source>Use the built-in sandbox (no account needed).</source>
        <translation>内蔵サンドボックスを使用します（アカウント不要）。</translation>
    </message>
    <message>
        <source>Number of simulated users in the sandbox.</source>
        <translation>サンドボックスの模擬ユーザー数。</translation>
    </message>
    <message>
        <source>Zoom account ID.</source>
        <translation>Zoom のアカウント ID。</translation>
    </message>
    <message>
        <source>Client ID of the Server-to-Server OAuth app.</source>
        <translation>Server-to-Server OAuth アプリのクライアント ID。</translation>
    </message>
    <message>
        <source>Name of the environment variable that holds the client secret.</source>
        <translation>クライアントシークレットを格納する環境変数の名前。</translation>
    </message>
    <message>
        <source>Read the client secret from the first line of stdin.</source>
        <translation>標準入力の 1 行目からクライアントシークレットを読み込みます。</translation>
    </message>
    <message>
        <source>OAuth base URL (default https://zoom.us).</source>
        <translation>OAuth のベース URL（既定値: https://zoom.us）。</translation>
    </message>
    <message>
        <source>API base URL (default https://api.zoom.us).</source>
        <translation>API のベース URL（既定値: https://api.zoom.us）。</translation>
    </message>
    <message>
        <source>Language of messages: en, de or ja.</source>
        <translation>メッセージの言語: en、de、ja のいずれか。</translation>
    </message>
    <message>
        <source>Output format: jsonl or csv.</source>
        <translation>出力形式: jsonl または csv。</translation>
    </message>
    <message>
        <source>active, inactive or pending.</source>
        <translation>active、inactive、pending のいずれか。</translation>
    </message>
    <message>
        <source>Users per request (max 2000).</source>
        <translation>1 回のリクエストで取得するユーザー数（最大 2000）。</translation>
    </message>
    <message>
        <source>Write to FILE instead of stdout.</source>
        <translation>標準出力の代わりに FILE に書き込みます。</translation>
    </message>
    <message>
        <source>Receive webhooks on HOST:PORT.</source>
        <translation>HOST:PORT で Webhook を受信します。</translation>
    </message>
    <message>
        <source>Webhook path.</source>
        <translation>Webhook のパス。</translation>
    </message>
    <message>
        <source>Accepted clock difference of signed requests, in seconds.</source>
        <translation>署名付きリクエストで許容する時刻のずれ（秒）。</translation>
    </message>
    <message>
        <source>Name of the environment variable that holds the webhook secret token.</source>
        <translation>Webhook のシークレットトークンを格納する環境変数の名前。</translation>
    </message>
    <message>
        <source>Read the webhook secret token from stdin.</source>
        <translation>Webhook のシークレットトークンを標準入力から読み込みます。</translation>
    </message>
    <message>
        <source>Write events to FILE instead of stdout.</source>
        <translation>イベントを標準出力の代わりに FILE に書き込みます。</translation>
    </message>
    <message>
        <source>Also receive events over Zoom&apos;s WebSocket.</source>
        <translation>Zoom の WebSocket 経由でもイベントを受信します。</translation>
    </message>
    <message>
        <source>WebSocket URL (default wss://ws.zoom.us/ws).</source>
        <translation>WebSocket URL（既定値: wss://ws.zoom.us/ws）。</translation>
    </message>
    <message>
        <source>WebSocket event subscription ID.</source>
        <translation>WebSocket のイベントサブスクリプション ID。</translation>
    </message>
    <message>
        <source>Sandbox: simulated events per second.</source>
        <translation>サンドボックス: 1 秒あたりの模擬イベント数。</translation>
    </message>
    <message>
        <source>Stop after N events.</source>
        <translation>N 件のイベントの後に停止します。</translation>
    </message>
    <message>
        <source>Stop after SECONDS.</source>
        <translation>SECONDS 秒後に停止します。</translation>
    </message>
    <message>
        <source>Number of simulated users.</source>
        <translation>模擬ユーザー数。</translation>
    </message>
    <message>
        <source>Seed of the simulated organisation.</source>
        <translation>模擬組織のシード値。</translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation>待ち受けるアドレス。</translation>
    </message>
    <message>
        <source>Port (0: any free port).</source>
        <translation>ポート（0: 空いている任意のポート）。</translation>
    </message>
    <message>
        <source>API requests per second before 429 (0: unlimited).</source>
        <translation>429 を返すまでの 1 秒あたりの API リクエスト数（0: 無制限）。</translation>
    </message>
    <message>
        <source>--page-size must be a number from 1 to 2000.</source>
        <translation>--page-size には 1～2000 の数値を指定してください。</translation>
    </message>
    <message>
        <source>--tolerance, --rate, --count and --duration take non-negative numbers.</source>
        <translation>--tolerance、--rate、--count、--duration には 0 以上の数値を指定してください。</translation>
    </message>
    <message>
        <source>--users (0 to 100000), --seed, --port and --rate take numbers.</source>
        <translation>--users（0～100000）、--seed、--port、--rate には数値を指定してください。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>不明なコマンド: %1</translation>
    </message>
    <message>
        <source>--tolerance takes at least 1 second; signed requests older than that are refused as possible replays.</source>
        <translation>--tolerance には 1 秒以上を指定してください。それより古い署名付きリクエストは、リプレイ攻撃の可能性があるとして拒否されます。</translation>
    </message>
    <message>
        <source>Output format: json (default: a table).</source>
        <translation>出力形式: json（既定値: 表形式）。</translation>
    </message>
    <message>
        <source>Usage: syncdeskctl salesforce orgid ID (15 or 18 characters starting with 00D).</source>
        <translation>使用法: syncdeskctl salesforce orgid ID（00D で始まる 15 文字または 18 文字）</translation>
    </message>
    <message>
        <source>Syncdesk command line.

Commands:
  zoom verify    Get a token and report granted and missing scopes
  zoom users     List all users (JSON Lines or CSV)
  monitor        Receive Zoom events (webhooks, WebSocket) as JSON Lines
  sandbox        Run the emulated Zoom, ACD and Salesforce endpoints
  acd verify     Sign in to the CXone ACD and report tenant, API base and counts
  acd codes      List the ACD&apos;s unavailable codes with their teams
  salesforce login   Sign in to Salesforce in the browser and keep the sign-in in the keychain
  salesforce verify  Sign in to Salesforce and report org ID, user, API usage, statuses and channels
  addressbook list|create|import|export
                 ACD address books: list, create, CSV import and export
  directory dry-run  Show what Directory Sync would change in an ACD address book
  directory apply    Write those changes (--yes)
  salesforce orgid ID  Print the 18-character form of an org ID, or why it is invalid
  rules validate     Check a presence rule file (--acd-codes CODES.json)
  rules simulate     Predict ACD and Salesforce states for events (--rule, --events)
  cc reconcile       Find Contact Center data whose webhooks were missed (--from, --to)
  cti callcenter-xml Print the Salesforce call-center definition XML (--sso, --vanity-url)
  cti validate       Check a call-center definition XML file against the Open CTI rules
  cti country-codes  Check a list of country codes (at most 20, ITU, no duplicates)
  cti softphone-layout  Print the screen-pop softphone layout
  diagnostics        Save a support zip without secrets (--out FILE.zip)
</source>
        <translation>Syncdesk コマンドライン。

コマンド:
  zoom verify    トークンを取得し、付与済みのスコープと不足しているスコープを表示します
  zoom users     全ユーザーを一覧表示します（JSON Lines または CSV）
  monitor        Zoom イベント（Webhook、WebSocket）を受信し、JSON Lines で出力します
  sandbox        エミュレートした Zoom、ACD、Salesforce のエンドポイントを実行します
  acd verify     CXone ACD にサインインし、テナント、API ベース、件数を表示します
  acd codes      ACD の不在コードをチームとともに一覧表示します
  salesforce login   ブラウザーで Salesforce にサインインし、サインイン情報をキーチェーンに保管します
  salesforce verify  Salesforce にサインインし、組織 ID、ユーザー、API 使用量、プレゼンス状況、サービスチャネルを表示します
  addressbook list|create|import|export
                 ACD のアドレス帳: 一覧表示、作成、CSV のインポートとエクスポート
  directory dry-run  Directory Sync が ACD のアドレス帳に加える変更を表示します
  directory apply    その変更を書き込みます（--yes）
  salesforce orgid ID  組織 ID の 18 文字形式、または無効な理由を表示します
  rules validate     プレゼンスルールファイルをチェックします（--acd-codes CODES.json）
  rules simulate     イベントに対する ACD と Salesforce の状態を予測します（--rule、--events）
  cc reconcile       Webhook を受信できなかった Contact Center のデータを検出します（--from、--to）
  cti callcenter-xml Salesforce のコールセンター定義 XML を出力します（--sso、--vanity-url）
  cti validate       コールセンター定義の XML ファイルを Open CTI のルールに照らしてチェックします
  cti country-codes  国コードの一覧をチェックします（最大 20 個、ITU、重複なし）
  cti softphone-layout  画面ポップ用のソフトフォンのレイアウトを出力します
  diagnostics        シークレットを含まないサポート用の ZIP ファイルを保存します（--out FILE.zip）
</translation>
    </message>
    <message>
        <source>zoom verify | zoom users | monitor | sandbox | acd verify | acd codes | addressbook | directory dry-run | directory apply | salesforce login | salesforce verify | salesforce orgid | rules validate | rules simulate | cc reconcile | cti callcenter-xml | cti validate | cti country-codes | cti softphone-layout | diagnostics</source>
        <translation>zoom verify | zoom users | monitor | sandbox | acd verify | acd codes | addressbook | directory dry-run | directory apply | salesforce login | salesforce verify | salesforce orgid | rules validate | rules simulate | cc reconcile | cti callcenter-xml | cti validate | cti country-codes | cti softphone-layout | diagnostics</translation>
    </message>
</context>
</TS>
